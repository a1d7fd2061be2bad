package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ArgumentAttacher.Arguments;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 5, time: the date of an engagement from the temporal expressions of its sentence, attached by syntax first
 * (the trigger's own clause, a trigger it is the circumstance of, the clause it is joined to), then from the
 * article (the day of an earlier visit, the date of the sentence a pronoun's person was named in). A status of
 * OCCURRED with a date after the article's becomes PLANNED.
 */
final class TimeReader {

    /** The engagement's status, as its date may correct it, and its date. */
    record Timed(Status status, DateSpan date) {
    }

    private static final Set<String> CLAUSE_RELS = Set.of("acl:relcl", "acl", "advcl", "ccomp", "parataxis", "csubj");

    private final SentenceGraph sg;
    private final TriggerFinder triggers;
    private final List<DateReader.DateMention> dates;
    private final ArticleContext context;
    private final LocalDate published;

    TimeReader(SentenceGraph sg, TriggerFinder triggers, List<DateReader.DateMention> dates, ArticleContext context,
               LocalDate published) {
        this.sg = sg;
        this.triggers = triggers;
        this.dates = dates;
        this.context = context;
        this.published = published;
    }

    Timed timeOf(Arguments a, Status status) {
        IndexedWord t = a.trigger();
        IndexedWord predicate = a.predicate();
        Type type = a.type();
        Set<Actor> all = a.all();
        boolean past = status == Status.OCCURRED;
        DateSpan date = dateFor(t, predicate, past, all);
        if (past && date.start() != null && published != null && predicate.tag().equals("VBD")) {
            date = latestDayOfThatDate(date);
        }
        if (date.start() == null) {
            date = dateOfEnclosingEngagement(predicate, past, all).orElse(date);
        }
        if (date.start() == null) {
            date = dateOfGoverningClause(predicate, past).orElse(date);
        }
        if (date.start() == null && past) {
            date = context.inheritedDate(a.agents(), sg.s).orElse(date);
        }
        if (date.start() == null && past && type != Type.VISIT) {
            // "X arrived in Athens on Thursday. X was welcomed by Y …": a traveller's undated meeting is on the day of
            // the visit reported before, when a date expression gave that day (a visit dated only by its present tense,
            // "is travelling in Argentina", says nothing of the day its meetings were on)
            date = context.earlierDate(Type.VISIT, all, sg.s)
                    .filter(d -> d.precision() == Precision.DAY && d.text() != null).orElse(date);
        }
        if (status == Status.CANCELLED && date.start() != null) {
            // "had intended to meet X in December" (an article of January): a plan overtaken was for the nearest such month
            date = nearestYear(date);
        }
        Status st = status;
        if (st == Status.OCCURRED && date.start() != null && published != null && date.start().isAfter(published)) {
            st = Status.PLANNED;
        }
        if (st == Status.OCCURRED && date.end() != null && published != null && date.end().isAfter(published)
                && !date.start().isAfter(published)) {
            date = new DateSpan(date.start(), published, date.precision(), date.text());
        }
        return new Timed(st, date);
    }

    private DateSpan dateFor(IndexedWord t, IndexedWord predicate, boolean past, Set<Actor> participants) {
        Optional<DateSpan> scheduled = scheduledFor(t);
        if (scheduled.isPresent()) {
            return scheduled.get();
        }
        // "Modi begins a visit to Egypt on Saturday": the news present of a scheduled event looks forward
        boolean pastDays = past && !isPresentSimple(predicate);
        List<DateReader.DateMention> mine = new ArrayList<>();
        List<DateReader.DateMention> nested = new ArrayList<>();
        List<DateReader.DateMention> loose = new ArrayList<>();
        for (DateReader.DateMention m : dates) {
            IndexedWord head = headOf(m);
            if (head == null) {
                continue;
            }
            IndexedWord owner = ownerOf(head);
            if (owner != null && !owner.equals(t) && sg.cancels(owner) && isDayCalledOff(m)) {
                continue; // "was postponed on Wednesday": the day it was called off, not the day it was for
            }
            if (owner == null) {
                loose.add(m);
            } else if (owner.equals(t) || owner.equals(predicate) || sg.clausesHolding(t).contains(owner)) {
                mine.add(m);
            } else if (triggers.isTrigger(owner) && sg.isCircumstanceOf(owner, t)) {
                nested.add(m);
            }
        }
        List<DateReader.DateMention> candidates = !mine.isEmpty() ? mine : !nested.isEmpty() ? nested : loose;
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Optional<DateSpan> r = DateReader.range(sg.toks, candidates.get(i), candidates.get(i + 1), published, pastDays);
            if (r.isPresent()) {
                return r.get();
            }
        }
        // several dates for one engagement ("a weekend assembly … on Sunday"): the narrowest says most
        DateSpan best = null;
        for (DateReader.DateMention m : candidates) {
            Optional<DateSpan> d = DateReader.resolve(m, published, pastDays);
            if (d.isPresent() && (best == null || days(d.get()) < days(best))) {
                best = d.get();
            }
        }
        if (best != null) {
            return best;
        }
        // "during the two-day visit": the date of that visit
        for (IndexedWord holder : predicate == t ? List.of(t) : List.of(t, predicate)) {
            for (IndexedWord c : sg.childrenOf(holder, "obl:during", "nmod:during")) {
                Optional<Type> referred = triggers.typeOf(c);
                if (referred.isPresent()) {
                    Optional<DateSpan> d = context.earlierDate(referred.get(), participants, sg.s);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
            }
        }
        // present tense ("is in Moscow for talks", "has got a debriefing") reports the article's day
        if (published != null && past && isPresent(predicate)) {
            return new DateSpan(published, published, Precision.DAY, null);
        }
        return DateSpan.unknown();
    }

    /**
     * "a summit scheduled for Thursday", "the summit which was set for April 29", "the mini-summit which was due to take
     * place Wednesday": the day an engagement noun was scheduled for is its date, whatever the sentence says happened
     * to it on other days (postponed on Wednesday). A schedule looks forward from the article's date.
     */
    /** A single day up to the article's own: when a verb of calling off happened, not when the engagement was due. */
    private boolean isDayCalledOff(DateReader.DateMention m) {
        return DateReader.resolve(m, published, true)
                .filter(d -> d.precision() == Precision.DAY && published != null && !d.start().isAfter(published))
                .isPresent();
    }

    private Optional<DateSpan> scheduledFor(IndexedWord t) {
        if (SentenceGraph.isVerb(t)) {
            return Optional.empty();
        }
        List<IndexedWord> holders = new ArrayList<>();
        List<IndexedWord> described = new ArrayList<>(List.of(t));
        // "a summit of the Community which was set for April 29": the parser hangs the clause on the last noun
        described.addAll(sg.childrenOf(t, "nmod:of"));
        for (IndexedWord v : described.stream().flatMap(n -> sg.childrenOf(n, "acl", "acl:relcl").stream()).toList()) {
            String l = SentenceGraph.lemma(v);
            boolean dueWord = sg.g.outgoingEdgeList(v).stream()
                    .anyMatch(e -> sg.lex.has("schedule.word", SentenceGraph.lemma(e.getDependent())));
            if (sg.lex.has("schedule.word", l) || sg.lex.has("plan.word", l) || dueWord) {
                // ("which was due to take place Friday": the parser may make "place" the head and "due" its dependent)
                holders.add(v);
                holders.addAll(sg.childrenOf(v, "xcomp")); // "due to take place Wednesday"
            }
        }
        DateSpan best = null;
        for (DateReader.DateMention m : dates) {
            IndexedWord head = headOf(m);
            SemanticGraphEdge in = head == null ? null : sg.firstIncoming(head);
            if (in == null || !holders.contains(in.getGovernor())) {
                continue;
            }
            Optional<DateSpan> d = DateReader.resolve(m, published, false).map(this::nearestYear);
            if (d.isPresent() && (best == null || days(d.get()) < days(best))) {
                best = d.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "which was set for September 12": SUTime puts a day without a year in the past when the verb is past; a
     * schedule's day is the one nearest the article's date.
     */
    private DateSpan nearestYear(DateSpan d) {
        if (published == null || d.precision() != Precision.DAY && d.precision() != Precision.MONTH || d.text() == null
                || d.text().matches(".*\\d{4}.*")) {
            return d;
        }
        int shift = DateReader.nearestYear(d.start(), published).getYear() - d.start().getYear();
        return new DateSpan(d.start().plusYears(shift), d.end().plusYears(shift), d.precision(), d.text());
    }

    /**
     * "held talks on January 17" in an article of October: SUTime may put a day without a year ahead of the article
     * even when the verb that reports it is past; the event then was on the latest such day up to the article's (a
     * day's grace for a publication date that may be a day off).
     */
    private DateSpan latestDayOfThatDate(DateSpan d) {
        if (d.precision() != Precision.DAY || d.text() == null || d.text().matches(".*\\d{4}.*")
                || !d.start().isAfter(published.plusDays(1))) {
            return d;
        }
        LocalDate day = d.start().minusYears(1);
        return new DateSpan(day, day, Precision.DAY, d.text());
    }

    /** "paid a visit to Kyiv on Tuesday, where he met X": a relative clause on a trigger's phrase shares its date. */
    private Optional<DateSpan> dateOfEnclosingEngagement(IndexedWord predicate, boolean past, Set<Actor> all) {
        if (!sg.relationIn(predicate).equals("acl:relcl")) {
            return Optional.empty();
        }
        IndexedWord cur = sg.firstIncoming(predicate).getGovernor();
        for (int i = 0; i < 4 && cur != null; i++) {
            if (triggers.isTrigger(cur) || SentenceGraph.isVerb(cur) && governsTrigger(cur)) {
                DateSpan d = dateFor(cur, cur, past, all);
                return d.start() == null ? Optional.empty() : Optional.of(d);
            }
            String rel = sg.relationIn(cur);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj"))) {
                return Optional.empty();
            }
            cur = sg.firstIncoming(cur).getGovernor();
        }
        return Optional.empty();
    }

    /**
     * An undated trigger shares the date of the clause it is joined to: "held talks on Sunday and later met X",
     * "who was in Washington on Tuesday to meet X", "arrived on Friday and held talks that evening"; a clause opened
     * by "as", "when" or "while" happens when the main clause does ("told X on Friday …, as the two leaders met").
     * A reporting verb's date is the day of saying, so it is only shared by such a simultaneous clause.
     */
    private Optional<DateSpan> dateOfGoverningClause(IndexedWord predicate, boolean past) {
        IndexedWord cur = predicate;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = sg.firstIncoming(cur);
            if (in == null) {
                return Optional.empty();
            }
            String rel = in.getRelation().toString();
            IndexedWord gov = in.getGovernor();
            boolean simultaneous = rel.startsWith("advcl") && sg.childrenOf(cur, "mark").stream()
                    .anyMatch(m -> sg.lex.has("simultaneous.mark", SentenceGraph.word(m)));
            if (simultaneous) {
                gov = mainClauseOf(gov);
            } else if (!(rel.startsWith("conj") || rel.equals("xcomp") || rel.startsWith("advcl"))
                    || sg.lex.has("reporting.verb", SentenceGraph.lemma(gov))) {
                return Optional.empty();
            }
            DateSpan best = null;
            for (DateReader.DateMention m : dates) {
                IndexedWord head = headOf(m);
                IndexedWord owner = head == null ? null : ownerOf(head);
                if (owner == null || !(owner.equals(gov) || isTriggerArgumentOf(owner, gov))) {
                    continue;
                }
                Optional<DateSpan> d = DateReader.resolve(m, published, past);
                if (d.isPresent() && (best == null || days(d.get()) < days(best))) {
                    best = d.get();
                }
            }
            if (best != null || simultaneous) {
                return Optional.ofNullable(best);
            }
            cur = gov;
        }
        return Optional.empty();
    }

    /** The top of the clause chain a word is in: up through xcomp, ccomp and conj ("told X that Y was ready to host"). */
    private IndexedWord mainClauseOf(IndexedWord w) {
        IndexedWord cur = w;
        for (int i = 0; i < 6; i++) {
            String rel = sg.relationIn(cur);
            if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("conj"))) {
                return cur;
            }
            cur = sg.firstIncoming(cur).getGovernor();
        }
        return cur;
    }

    /** "held talks on Sunday": the noun trigger a light verb takes as its object. */
    private boolean isTriggerArgumentOf(IndexedWord noun, IndexedWord verb) {
        SemanticGraphEdge in = sg.firstIncoming(noun);
        // "paid a visit …", "travel … on an official visit at the end of January": the trip the verb reports
        return in != null && in.getGovernor().equals(verb)
                && (in.getRelation().toString().equals("obj") || in.getRelation().toString().startsWith("obl"))
                && triggers.isTrigger(noun);
    }

    private static long days(DateSpan d) {
        return ChronoUnit.DAYS.between(d.start(), d.end());
    }

    private boolean isPresentSimple(IndexedWord v) {
        return (v.tag().equals("VBZ") || v.tag().equals("VBP")) && !Set.of("be", "have").contains(SentenceGraph.lemma(v))
                && sg.childrenOf(v, "aux", "aux:pass").isEmpty();
    }

    private boolean isPresent(IndexedWord v) {
        String tag = v.tag();
        if (tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        if (tag.equals("VBG") || tag.equals("VBN") || tag.startsWith("NN") || tag.startsWith("JJ")) {
            for (SemanticGraphEdge e : sg.g.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                String d = SentenceGraph.word(e.getDependent());
                if ((rel.startsWith("aux") || rel.equals("cop")) && Set.of("is", "are", "has", "have", "'s", "'re", "am")
                        .contains(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private IndexedWord headOf(DateReader.DateMention m) {
        for (int i = m.from(); i < m.to(); i++) {
            IndexedWord w = sg.g.getNodeByIndexSafe(i + 1);
            if (w == null) {
                continue;
            }
            SemanticGraphEdge in = sg.firstIncoming(w);
            if (in == null || in.getGovernor().index() - 1 < m.from() || in.getGovernor().index() - 1 >= m.to()) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whose date this is: the first trigger (or trigger's predicate) on the path to the root; a clause that is not
     * about an engagement ("Scholz, who was at the White House on Monday, is to visit …") keeps its dates; null
     * when the date hangs off the sentence as a whole.
     */
    private IndexedWord ownerOf(IndexedWord w) {
        IndexedWord cur = w;
        Set<IndexedWord> seen = new HashSet<>();
        while (cur != null && seen.add(cur)) {
            SemanticGraphEdge in = sg.firstIncoming(cur);
            if (in == null) {
                return null;
            }
            IndexedWord gov = in.getGovernor();
            String rel = in.getRelation().toString();
            String base = rel.contains(":") && !rel.equals("acl:relcl") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (cur != w && CLAUSE_RELS.contains(base) && !(isSubjectOf(w, cur) && sg.hasChild(cur, "mark", "to"))) {
                // ("met X on Wednesday to discuss": the parser makes the date the subject of the purpose clause)
                return cur;
            }
            boolean misparsedPurposeSubject = isSubjectOf(w, gov) && sg.hasChild(gov, "mark", "to");
            if ((triggers.isTrigger(gov) || governsTrigger(gov)) && !misparsedPurposeSubject) {
                return gov;
            }
            if (sg.lex.has("reporting.verb", SentenceGraph.lemma(gov))) {
                if (before(w, gov) && triggerBefore(w) || triggerBetween(gov, w)) {
                    // "X hosted Y on Friday, state media reported", "X said they would meet …, this weekend": the
                    // parser's attachment, not the saying
                    return null;
                }
                return gov; // "said on Friday that …": the day of saying
            }
            cur = gov;
        }
        return null;
    }

    private boolean isSubjectOf(IndexedWord w, IndexedWord clause) {
        SemanticGraphEdge in = sg.firstIncoming(w);
        return in != null && in.getGovernor().equals(clause) && in.getRelation().toString().startsWith("nsubj");
    }

    /** The date stands before the reporting verb and before its subject ("…on Friday, officials said"). */
    private boolean before(IndexedWord date, IndexedWord reporting) {
        if (date.index() > reporting.index()) {
            return false;
        }
        for (IndexedWord subj : sg.childrenOf(reporting, "nsubj", "nsubj:pass")) {
            if (subj.index() < date.index()) {
                return false;
            }
        }
        return true;
    }

    private boolean triggerBefore(IndexedWord w) {
        return sg.g.vertexSet().stream().anyMatch(v -> v.index() < w.index() && triggers.isTrigger(v));
    }

    private boolean triggerBetween(IndexedWord from, IndexedWord to) {
        return sg.g.vertexSet().stream().anyMatch(v -> v.index() > from.index() && v.index() < to.index()
                && triggers.isTrigger(v));
    }

    private boolean governsTrigger(IndexedWord v) {
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.startsWith("obl:for") || rel.startsWith("obl:in") || rel.equals("xcomp"))
                    && triggers.isTrigger(e.getDependent())) {
                return true;
            }
        }
        return false;
    }
}
