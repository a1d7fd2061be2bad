package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 1, candidates: the words of a sentence that report an engagement, each with its type. A word is a trigger
 * by a construction of {@link Constructions} (a dependency pattern) or by its lexicon class and the words around it.
 */
final class TriggerFinder {

    /**
     * A word that reports an engagement of a type.
     *
     * @param consultation the trigger only says the parties consulted ("discussed", "exchanged views"); it adds
     *                     nothing where another trigger reports the same parties' engagement
     * @param with         counterparts a construction names
     * @param by           initiators or hosts a construction names
     */
    record Candidate(IndexedWord trigger, Type type, boolean consultation, List<IndexedWord> with,
                     List<IndexedWord> by) {
    }

    private final SentenceGraph sg;
    private final Participants participants;
    private final Map<IndexedWord, Constructions.Match> byConstruction;
    private final Map<IndexedWord, Optional<Type>> cache = new HashMap<>();

    TriggerFinder(SentenceGraph sg, Participants participants, Constructions constructions) {
        this.sg = sg;
        this.participants = participants;
        this.byConstruction = constructions.triggers(sg.g);
    }

    /**
     * Whether a sentence has a word that can trigger an engagement; only such sentences are worth the dependency
     * parse and SUTime, which together cost more than all other annotators.
     */
    static boolean mayReport(List<CoreLabel> toks, Lexicon lex, Constructions constructions) {
        for (CoreLabel t : toks) {
            String w = t.word().toLowerCase(Locale.ROOT);
            String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (lex.has("meet.verb", l) || lex.has("talk.verb", l) || lex.has("phone.verb", l)
                    || lex.has("travel.verb", l) || lex.has("gather.verb", l) || l.equals("sit") || l.equals("welcome")
                    || isEngagementNoun(lex, w) || constructions.isAnchor(l)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of one of the engagement families: meeting, call, conversation, visit, conference. */
    private static boolean isEngagementNoun(Lexicon lex, String word) {
        return lex.has("meeting.noun", word) || lex.has("call.noun", word) || lex.has("conversation.noun", word)
                || lex.has("visit.noun", word) || lex.has("conference.noun", word);
    }

    List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (IndexedWord w : sg.wordsInOrder()) {
            Optional<Type> type = typeOf(w);
            if (type.isPresent()) {
                Constructions.Match m = byConstruction.get(w);
                out.add(m == null ? new Candidate(w, type.get(), false, List.of(), List.of())
                        : new Candidate(w, type.get(), readsAsConsultation(w, m), m.with(), m.by()));
            }
        }
        return out;
    }

    boolean isTrigger(IndexedWord w) {
        return typeOf(w).isPresent();
    }

    Optional<Type> typeOf(IndexedWord w) {
        Optional<Type> known = cache.get(w);
        if (known == null) {
            Constructions.Match m = byConstruction.get(w);
            known = m == null ? byLexicon(w) : Optional.of(readsAsConsultation(w, m) ? consultationType(w)
                    : m.consultation() ? byLexicon(w).orElseThrow() : m.type());
            cache.put(w, known);
        }
        return known;
    }

    /**
     * A consultation construction ("a conversation with X") reports no more than that the parties consulted, unless
     * the word reads as a meeting or call by the lexicon on its own ("a telephone conversation with X"); a travel
     * verb's reading gives way to the construction ("went over the issues").
     */
    private boolean readsAsConsultation(IndexedWord w, Constructions.Match m) {
        return m.consultation() && byLexicon(w).filter(t -> t != Type.VISIT).isEmpty();
    }

    /** A consultation by phone, by video or in a call is a call; any other is a meeting. */
    private Type consultationType(IndexedWord w) {
        if (hasPhoneModifier(w)) {
            return Type.CALL;
        }
        for (IndexedWord o : sg.childrenOf(w, "obj")) {
            if (hasPhoneModifier(o)) {
                return Type.CALL; // "exchanged views by phone" hangs "by phone" on the noun
            }
        }
        return Type.MEETING;
    }

    private Optional<Type> byLexicon(IndexedWord w) {
        String lemma = SentenceGraph.lemma(w);
        String word = SentenceGraph.word(w);
        Lexicon lex = sg.lex;
        if (SentenceGraph.isVerb(w)) {
            if (lex.has("meet.verb", lemma)) {
                return Optional.of(Type.MEETING);
            }
            if (lemma.equals("welcome") && sg.childrenOf(w, "obj", "nsubj:pass").stream()
                    .anyMatch(c -> typeOf(c).isEmpty() && participants.resolve(c).stream().anyMatch(a -> a.kind == ActorKind.PERSON))) {
                return Optional.of(Type.MEETING); // "welcomed Prime Minister X to Nairobi", not "welcomed the deal"
            }
            if (lemma.equals("sit") && sg.hasChild(w, "compound:prt", "down")) {
                return Optional.of(Type.MEETING);
            }
            if (lex.has("talk.verb", lemma)) {
                if (hasPhoneModifier(w)) {
                    return Optional.of(Type.CALL);
                }
                if (sg.childrenOf(w, "obl:with", "obl:to", "obl:including").stream().anyMatch(c -> !participants.resolve(c).isEmpty())
                        && !sg.childrenOf(w, "obl:with", "obl:to").isEmpty()) {
                    return Optional.of(inPerson(w) ? Type.MEETING : Type.CALL);
                }
                if (twoPeopleSpeakTogether(w)) {
                    return Optional.of(inPerson(w) ? Type.MEETING : Type.CALL);
                }
                return Optional.empty();
            }
            if (lex.has("phone.verb", lemma)) {
                if (lemma.equals("call") && (sg.hasChild(w, "compound:prt", null) || !sg.childrenOf(w, "xcomp", "obl:for")
                        .isEmpty() || sg.childrenOf(w, "obl:on").stream().anyMatch(c -> !sg.isDate(c))
                        || sg.childrenOf(w, "obj").stream().anyMatch(o -> isEngagementNoun(lex, SentenceGraph.word(o))
                        || namesSomething(o)))) {
                    // "called on X", "called for talks", "called the meeting productive", "call each other
                    // 'family'": no telephone
                    return Optional.empty();
                }
                return Optional.of(Type.CALL);
            }
            if (lex.has("travel.verb", lemma) && !(lemma.equals("head") && sg.hasChild(w, "obl:by", null))) {
                return Optional.of(Type.VISIT); // (a delegation "headed by X" travels nowhere)
            }
            if (lex.has("gather.verb", lemma)) {
                return Optional.of(Type.CONFERENCE);
            }
            return Optional.empty();
        }
        if (!w.tag().startsWith("NN")) {
            return Optional.empty();
        }
        if (lex.has("meeting.noun", word)) {
            return Optional.of(hasPhoneModifier(w) ? Type.CALL : Type.MEETING); // "telephone talks", "a virtual meeting"
        }
        if (lex.has("call.noun", word)) {
            return Optional.of(Type.CALL);
        }
        if (lex.has("conversation.noun", word) && hasPhoneModifier(w)) {
            return Optional.of(Type.CALL);
        }
        if (lex.has("visit.noun", word)) {
            return Optional.of(Type.VISIT);
        }
        if (lex.has("conference.noun", word)) {
            return Optional.of(Type.CONFERENCE);
        }
        return Optional.empty();
    }

    /** "by phone", "telephone conversation", "by video link", "over a secure line via videoconference". */
    boolean hasPhoneModifier(IndexedWord w) {
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String dep = SentenceGraph.word(d);
            if (!(rel.equals("compound") || rel.equals("amod") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                continue;
            }
            if (sg.lex.has("phone.word", dep) || sg.lex.has("call.noun", dep)) {
                return true;
            }
            if (rel.startsWith("obl") || rel.startsWith("nmod")) {
                for (SemanticGraphEdge e2 : sg.g.outgoingEdgeList(d)) {
                    String r2 = e2.getRelation().toString();
                    if ((r2.equals("compound") || r2.equals("amod"))
                            && sg.lex.has("phone.word", SentenceGraph.word(e2.getDependent()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Putin and Xi spoke again on Friday", "the two leaders spoke for 25 minutes": a subject of two people and no
     * one else spoken to; not a speech ("spoke at the summit", "spoke to reporters"), nor what they spoke about.
     */
    /** "call each other friends", "called it a \"betrayal\"": a name given, said with "each other" or in quotes. */
    private boolean namesSomething(IndexedWord object) {
        return sg.hasChild(object, "det", "each") || sg.hasChild(object, "amod", "other")
                || sg.childrenOf(object, "punct").stream().anyMatch(p -> p.word().matches("''|``|\"|“|”"));
    }

    private boolean twoPeopleSpeakTogether(IndexedWord verb) {
        if (!sg.childrenOf(verb, "obj", "obl:to", "obl:with", "obl:at", "obl:before", "obl:during", "obl:on_behalf_of",
                "obl:about", "obl:over", "compound:prt").isEmpty()) {
            return false; // "talked about trade" tells what an engagement reported elsewhere was about
        }
        Set<Actor> people = new LinkedHashSet<>();
        for (IndexedWord subject : sg.childrenOf(verb, "nsubj")) {
            for (IndexedWord each : sg.conjunctsOf(subject)) {
                participants.resolve(each).stream().filter(a -> a.kind == ActorKind.PERSON).forEach(people::add);
            }
        }
        return people.size() >= 2;
    }

    private boolean inPerson(IndexedWord w) {
        for (IndexedWord c : sg.childrenOf(w, "obl:in", "obl:at")) {
            if (c.word().equalsIgnoreCase("person") || sg.isPlace(c)) {
                return true;
            }
        }
        return false;
    }
}
