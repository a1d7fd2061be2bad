package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One parsed sentence as every stage reads it: its tokens, enhanced++ graph, the article's actors and the lexicon. */
final class SentenceGraph {

    final int s;
    final List<CoreLabel> toks;
    final SemanticGraph g;
    final ActorTable actors;
    final Lexicon lex;

    SentenceGraph(int sentence, List<CoreLabel> toks, SemanticGraph g, ActorTable actors, Lexicon lex) {
        this.s = sentence;
        this.toks = toks;
        this.g = g;
        this.actors = actors;
        this.lex = lex;
    }

    static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }

    static String word(IndexedWord w) {
        return w.word().toLowerCase(Locale.ROOT);
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag().startsWith("VB");
    }

    Optional<Actor> actorAt(IndexedWord w) {
        return actors.actorAt(s, w.index() - 1);
    }

    List<IndexedWord> childrenOf(IndexedWord w, String... rels) {
        List<IndexedWord> out = new ArrayList<>();
        Set<String> wanted = Set.of(rels);
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (wanted.contains(e.getRelation().toString()) && !out.contains(e.getDependent())) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** A word and the words coordinated with it ("A, B and C" from A). */
    List<IndexedWord> conjunctsOf(IndexedWord w) {
        List<IndexedWord> out = new ArrayList<>(List.of(w));
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("conj") && !out.contains(e.getDependent())) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** Whether {@code w} has a dependent by {@code rel}, with that word when {@code word} is not null. */
    boolean hasChild(IndexedWord w, String rel, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(rel)
                    && (word == null || e.getDependent().word().equalsIgnoreCase(word))) {
                return true;
            }
        }
        return false;
    }

    boolean hasAux(IndexedWord w, String lemma) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("aux") && lemma(e.getDependent()).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    IndexedWord governor(IndexedWord w, String rel) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().equals(rel)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** The tree edge into a word (enhanced graphs add extra edges; the first non-extra one is the tree's). */
    /** How a word hangs on the word it depends on: the relation's name and that governor. */
    record Attachment(String relation, IndexedWord governor) {
    }

    private static final Set<String> AHEAD = Set.of("ahead", "prior");

    /**
     * The word's attachment, with "ahead of / prior to the talks" read as one preposition: the parser hangs the noun
     * on the adverb ({@code obl:of(ahead, talks)}, {@code advmod(said, ahead)}), which is the clause's circumstance.
     */
    Optional<Attachment> attachmentOf(IndexedWord w) {
        SemanticGraphEdge in = firstIncoming(w);
        if (in == null) {
            return Optional.empty();
        }
        String rel = in.getRelation().toString();
        IndexedWord gov = in.getGovernor();
        SemanticGraphEdge adverb = firstIncoming(gov);
        if ((rel.equals("obl:of") || rel.equals("obl:to")) && AHEAD.contains(word(gov)) && adverb != null
                && adverb.getRelation().toString().equals("advmod")) {
            return Optional.of(new Attachment("obl:" + word(gov) + "_" + (rel.equals("obl:of") ? "of" : "to"),
                    adverb.getGovernor()));
        }
        return Optional.of(new Attachment(rel, gov));
    }

    SemanticGraphEdge firstIncoming(IndexedWord w) {
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                return e;
            }
            if (best == null) {
                best = e;
            }
        }
        return best;
    }

    /** The relation of the tree edge into a word, "" at the root. */
    String relationIn(IndexedWord w) {
        SemanticGraphEdge in = firstIncoming(w);
        return in == null ? "" : in.getRelation().toString();
    }

    /** The light verb a noun is the object of ("paid a visit", "had a meeting"), if it is one. */
    Optional<IndexedWord> lightVerbOf(IndexedWord noun) {
        SemanticGraphEdge in = firstIncoming(noun);
        return in != null && in.getRelation().toString().equals("obj") && lex.has("light.verb", lemma(in.getGovernor()))
                ? Optional.of(in.getGovernor()) : Optional.empty();
    }

    /**
     * "the meeting (that) they held in May", "the talks the two had": the clauses with a light verb that describe a
     * trigger noun; their subject held it and their dates date it.
     */
    List<IndexedWord> clausesHolding(IndexedWord t) {
        return childrenOf(t, "acl:relcl", "ccomp", "acl").stream().filter(v -> lex.has("light.verb", lemma(v))).toList();
    }

    /** A verb that calls off or puts off: "cancelled", "postponed", "called off", "put off". */
    boolean cancels(IndexedWord verb) {
        String lemma = lemma(verb);
        return lex.has("cancel.word", lemma) || childrenOf(verb, "compound:prt").stream()
                .anyMatch(p -> lex.has("cancel.particle", lemma + ":" + word(p)));
    }

    /** "the Republic of Azerbaijan", "the Islamic Republic of Iran": the word of the state its style names; else w. */
    IndexedWord stateNamed(IndexedWord w) {
        return stateNamed(g, w);
    }

    static IndexedWord stateNamed(SemanticGraph graph, IndexedWord w) {
        if (!ActorTable.isStateStyleWord(w.word())) {
            return w;
        }
        return graph.outgoingEdgeList(w).stream().filter(e -> e.getRelation().toString().equals("nmod:of"))
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(w);
    }

    boolean isPlace(IndexedWord w) {
        int i = w.index() - 1;
        if (actors.countryOfPlace(s, i).isPresent()) {
            Optional<Actor> a = actors.actorAt(s, i);
            return a.isEmpty() || a.get().kind == ActorKind.COUNTRY;
        }
        String ner = toks.get(i).ner();
        return "LOCATION".equals(ner) || "CITY".equals(ner) || "COUNTRY".equals(ner);
    }

    boolean isDate(IndexedWord w) {
        String ner = toks.get(w.index() - 1).ner();
        return "DATE".equals(ner) || "TIME".equals(ner);
    }

    /** The name a token belongs to: consecutive tokens with its NER tag. */
    String phraseOf(IndexedWord w) {
        int i = w.index() - 1;
        String ner = toks.get(i).ner();
        if (ner == null || ner.equals("O")) {
            return w.word();
        }
        int from = i;
        int to = i + 1;
        while (from > 0 && ner.equals(toks.get(from - 1).ner())) {
            from--;
        }
        while (to < toks.size() && ner.equals(toks.get(to).ner())) {
            to++;
        }
        return ActorTable.join(toks, from, to);
    }

    List<IndexedWord> wordsInOrder() {
        return g.vertexListSorted();
    }

    /**
     * "meet … for talks next week", "met on the sidelines of the meeting in New Delhi on Thursday": a noun below the
     * trigger, in its clause and not its topic ("a debriefing about meetings this week" is another event).
     */
    boolean isCircumstanceOf(IndexedWord noun, IndexedWord t) {
        IndexedWord cur = noun;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = firstIncoming(cur);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.contains("about") || rel.contains("over") || rel.contains("regarding") || rel.startsWith("acl")
                    || rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.startsWith("parataxis")
                    || rel.startsWith("conj") || rel.startsWith("nsubj") || rel.equals("obj") && i == 0) {
                return false;
            }
            cur = in.getGovernor();
            if (cur.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "EU leaders will meet in Brussels", "ASEAN foreign ministers met", "the G7 summit", "a summit of Quad leaders":
     * the members of one international body gathering are a conference of that body, the one party named. Not a
     * trigger word inside the body's own name ("Munich Security Conference", "General Assembly").
     */
    boolean isGatheringOfOneBody(IndexedWord t, ExtractedEngagement.Type type, Set<Actor> named) {
        if (named.size() != 1 || named.iterator().next().kind != ActorKind.ORGANIZATION || actorAt(t).isPresent()) {
            return false;
        }
        if (SentenceGraph.isVerb(t)) {
            return (SentenceGraph.lemma(t).equals("meet") || type == ExtractedEngagement.Type.CONFERENCE)
                    && childrenOf(t, "nsubj", "nsubj:pass").stream()
                    .anyMatch(subj -> subj.tag().equals("NNS") && lex.has("people.noun", SentenceGraph.lemma(subj)));
        }
        return type == ExtractedEngagement.Type.CONFERENCE;
    }
}
