package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ArgumentAttacher.Arguments;
import org.parley.ingest.extraction.ExtractedEngagement.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 4, status: OCCURRED, PLANNED, PROPOSED or CANCELLED from the words governing the trigger (its xcomp / acl /
 * obj chain: modals, planning, proposing, cancelling words); empty when negated or refused.
 */
final class StatusReader {

    private final SentenceGraph sg;

    StatusReader(SentenceGraph sg) {
        this.sg = sg;
    }

    Optional<Status> statusOf(Arguments a) {
        IndexedWord t = a.trigger();
        IndexedWord predicate = a.predicate();
        Lexicon lex = sg.lex;
        List<IndexedWord> chain = new ArrayList<>();
        chain.add(t);
        if (predicate != t) {
            chain.add(predicate);
        }
        IndexedWord cur = predicate;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = sg.firstIncoming(cur);
            if (in == null) {
                break;
            }
            String rel = in.getRelation().toString();
            if (rel.startsWith("conj") && sharesAuxiliary(cur)) {
                // "will fly to Washington on Monday and meet X on Wednesday": the second verb is the first's tense
                cur = in.getGovernor();
                chain.add(cur);
                continue;
            }
            if (!(rel.equals("xcomp") || rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.equals("obj")
                    || rel.equals("ccomp") && i == 0 && isModalGovernor(in.getGovernor()) || rel.equals("nsubj:pass")
                    || rel.equals("nmod:of") && sg.cancels(in.getGovernor()))) { // "the postponement of the visit"
                break;
            }
            cur = in.getGovernor();
            chain.add(cur);
            // "received an invitation to visit": the parser hangs the infinitive on the verb, not on the noun
            for (IndexedWord o : sg.childrenOf(cur, "obj")) {
                if (o.tag().startsWith("NN") && lex.has("propose.word", SentenceGraph.lemma(o)) && !chain.contains(o)) {
                    chain.add(o);
                }
            }
        }
        boolean negated = false;
        boolean future = false;
        boolean proposed = false;
        boolean planned = false;
        boolean cancelled = false;
        for (IndexedWord c : chain) {
            String own = SentenceGraph.lemma(c);
            String lemma = a.circumstantial() && c == predicate && predicate != t && !sg.cancels(c)
                    && !lex.has("schedule.word", own) && !movedToLaterDate(c, own)
                    ? "" : own;
            if (lex.has("refuse.word", lemma) || lemma.equals("rule") && sg.hasChild(c, "compound:prt", "out")) {
                negated = true;
            } else if (!lemma.isEmpty() && sg.cancels(c) || movedToLaterDate(c, lemma)) {
                cancelled = true;
            } else if (lex.has("schedule.word", lemma) && sg.hasChild(c, "aux", "had")) {
                cancelled = true; // "had been due to fly to Islamabad", "had been expected in Bolivia": overtaken
            } else if (lex.has("plan.word", lemma)) {
                planned = true;
            } else if (lex.has("propose.word", lemma) && c != t && !judges(c) && !ownedObject(c, t)) {
                proposed = true;
            }
            for (SemanticGraphEdge e : sg.g.outgoingEdgeList(c)) {
                String rel = e.getRelation().toString();
                String d = SentenceGraph.word(e.getDependent());
                // (a clause the engagement is only the circumstance of denies something else: "was not nervous ahead
                // of the call")
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && lex.has("negation", d)
                        && (!rel.equals("det") || c.tag().startsWith("NN")) && lemma.equals(own)) {
                    negated = true;
                }
                if (rel.startsWith("aux") && lex.has("future.aux", d)) {
                    future = true;
                    proposed |= lex.has("possible.aux", d); // "could meet again in the coming weeks"
                }
                if (rel.startsWith("aux") && (d.equals("is") || d.equals("are") || d.equals("was") || d.equals("were"))
                        && sg.hasChild(c, "mark", "to")) {
                    planned = true;
                }
                if (rel.equals("advmod") && (d.equals("soon") || d.equals("later")) && !c.tag().equals("VBD")) {
                    future = true;
                }
                if (rel.equals("amod") && c == t && lex.has("upcoming.word", d)) {
                    planned = true; // "the upcoming visit", "a planned summit"
                }
                if (rel.equals("amod") && c == t && (d.equals("proposed") || d.equals("possible"))) {
                    proposed = true;
                }
            }
            if (lemma.equals("go") && c != t && c.tag().equals("VBG") && sg.hasChild(c, "aux", null)) {
                future = true; // "is going to meet"
            }
            if (lemma.equals("be") && c != t && chain.indexOf(c) > 0) {
                planned = true;
            }
        }
        if (a.circumstantial() && predicate != t && anticipates(predicate, t) && !predicate.tag().equals("VBD")) {
            planned = true; // "says he is not nervous ahead of his first call with X"
        }
        // a headline infinitive: "Minister to meet counterpart next week"
        if (sg.firstIncoming(t) == null && sg.hasChild(t, "mark", "to")) {
            planned = true;
        }
        if (cancelled) {
            return Optional.of(Status.CANCELLED);
        }
        if (negated) {
            return Optional.empty();
        }
        if ((planned || future) && noDateIsSet()) {
            return Optional.of(Status.PROPOSED); // "will meet again, but no date has been set"
        }
        if (planned) {
            return Optional.of(Status.PLANNED);
        }
        if (proposed) {
            return Optional.of(Status.PROPOSED);
        }
        if (future) {
            return Optional.of(Status.PLANNED);
        }
        return Optional.of(Status.OCCURRED);
    }

    /** "before / ahead of / prior to the talks": the clause looks forward to the engagement. */
    private boolean anticipates(IndexedWord clause, IndexedWord t) {
        return sg.attachmentOf(t).filter(at -> at.governor().equals(clause) && (at.relation().equals("obl:before")
                || at.relation().equals("obl:ahead_of") || at.relation().equals("obl:prior_to"))).isPresent();
    }

    /** The sentence says that no date is fixed: "no date has been set", "none has been scheduled". */
    private boolean noDateIsSet() {
        for (IndexedWord v : sg.g.vertexSet()) {
            String lemma = SentenceGraph.lemma(v);
            if (!SentenceGraph.isVerb(v) || !(sg.lex.has("plan.word", lemma) || sg.lex.has("schedule.word", lemma)
                    || lemma.equals("fix"))) {
                continue;
            }
            for (IndexedWord o : sg.childrenOf(v, "nsubj:pass", "obj")) {
                String word = SentenceGraph.word(o);
                if (word.equals("none") || (word.equals("date") || word.equals("time")) && sg.hasChild(o, "det", "no")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A bare infinitive conjoined to a verb ("will fly … and meet"), which takes that verb's auxiliary. */
    private boolean sharesAuxiliary(IndexedWord verb) {
        return verb.tag().equals("VB") && !sg.hasChild(verb, "aux", null) && !sg.hasChild(verb, "mark", "to");
    }


    /** "has been pushed to a later date", "was moved to next year": put off to another time. */
    private boolean movedToLaterDate(IndexedWord verb, String lemma) {
        return sg.lex.has("move.verb", lemma) && sg.childrenOf(verb, "obl:to", "obl:until").stream()
                .anyMatch(d -> sg.isDate(d) || SentenceGraph.word(d).equals("date"));
    }

    /** "called the meeting very productive": a verb that judges its object, not one that asks for it. */
    private boolean judges(IndexedWord verb) {
        return sg.childrenOf(verb, "xcomp").stream().anyMatch(x -> x.tag().startsWith("JJ"));
    }

    /** "called his meeting with X useful": one asks for a meeting, not for one's own meeting. */
    private boolean ownedObject(IndexedWord verb, IndexedWord trigger) {
        return sg.childrenOf(verb, "obj").contains(trigger) && sg.hasChild(trigger, "nmod:poss", null);
    }

    private boolean isModalGovernor(IndexedWord gov) {
        String l = SentenceGraph.lemma(gov);
        return sg.lex.has("plan.word", l) || sg.lex.has("propose.word", l) || sg.lex.has("cancel.word", l);
    }
}
