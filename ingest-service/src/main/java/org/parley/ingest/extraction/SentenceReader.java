package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ArgumentAttacher.Arguments;
import org.parley.ingest.extraction.CoordinationExpander.Parties;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;
import org.parley.ingest.extraction.TimeReader.Timed;
import org.parley.ingest.extraction.TriggerFinder.Candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engagements one parsed sentence reports, read in stages: candidates ({@link TriggerFinder}) → arguments
 * ({@link ArgumentAttacher}) → coordination ({@link CoordinationExpander}) → status ({@link StatusReader}) → time
 * ({@link TimeReader}) → place ({@link PlaceReader}) → merging within the sentence ({@link SentenceMerger}).
 */
final class SentenceReader {

    private final SentenceGraph sg;
    private final TriggerFinder triggers;
    private final ArgumentAttacher arguments;
    private final CoordinationExpander coordination;
    private final StatusReader status;
    private final TimeReader time;
    private final PlaceReader place;
    private final Participants participants;
    private final RoleResolver roles;

    SentenceReader(SentenceGraph sg, List<DateReader.DateMention> dates, RoleResolver roles, ArticleContext context,
                   Constructions constructions, LocalDate published) {
        Participants participants = new Participants(sg, roles, context);
        this.sg = sg;
        this.participants = participants;
        this.roles = roles;
        this.triggers = new TriggerFinder(sg, participants, constructions);
        this.arguments = new ArgumentAttacher(sg, participants);
        this.coordination = new CoordinationExpander(sg);
        this.status = new StatusReader(sg);
        this.time = new TimeReader(sg, triggers, dates, context, published);
        this.place = new PlaceReader(sg, triggers);
    }

    List<SentenceEngagement> read() {
        List<SentenceEngagement> found = new ArrayList<>();
        List<SentenceEngagement> anaphors = new ArrayList<>();
        for (Candidate c : triggers.candidates()) {
            Optional<Arguments> args = arguments.attach(c);
            if (args.isEmpty()) {
                anaphor(c).ifPresent(anaphors::add);
                continue;
            }
            List<Parties> parties = coordination.expand(args.get());
            Optional<Status> st = status.statusOf(args.get());
            if (parties.isEmpty() || st.isEmpty()) {
                continue;
            }
            Timed timed = time.timeOf(args.get(), st.get());
            String location = place.placeOf(args.get());
            for (Parties p : parties) {
                found.add(new SentenceEngagement(p.type(), timed.status(), timed.date(), location, p.participants(),
                        args.get().roles(), sg.s, c.trigger().index(), c.consultation()));
            }
        }
        List<SentenceEngagement> out = leadersAtSummits(withAttendees(SentenceMerger.merge(found)));
        out.addAll(anaphors);
        return out;
    }

    /**
     * "the visit, which was due to start on August 22": a definite engagement noun without parties of its own
     * refers to one reported before; it is kept, without parties, for the date it gives that engagement
     * ({@link ArticleMerger}).
     */
    private Optional<SentenceEngagement> anaphor(Candidate c) {
        IndexedWord t = c.trigger();
        if (SentenceGraph.isVerb(t) || !sg.hasChild(t, "det", "the")) {
            return Optional.empty();
        }
        Arguments bare = new Arguments(c, c.type(), t, false, Set.of(), List.of(), List.of(), Map.of(), false);
        Optional<Status> st = status.statusOf(bare);
        if (st.isEmpty()) {
            return Optional.empty();
        }
        Timed timed = time.timeOf(bare, st.get());
        if (timed.date().start() == null) {
            return Optional.empty();
        }
        return Optional.of(new SentenceEngagement(c.type(), timed.status(), timed.date(), null, List.of(),
                Map.of(), sg.s, t.index(), c.consultation()));
    }

    /**
     * "Botswana, South Africa, Zimbabwe and Mozambique had been expected to attend the summit": a summit is a gathering
     * of heads of state or government, so a country that attends (or skips) it is its leader when the article names
     * exactly one.
     */
    private List<SentenceEngagement> leadersAtSummits(List<SentenceEngagement> found) {
        List<SentenceEngagement> out = new ArrayList<>();
        for (SentenceEngagement e : found) {
            IndexedWord t = sg.g.getNodeByIndexSafe(e.trigger());
            if (e.type() != Type.CONFERENCE || t == null || !SentenceGraph.word(t).contains("summit")
                    || !sg.relationIn(t).equals("obj") || !sg.lex.has("attend.verb", SentenceGraph.lemma(sg.firstIncoming(t).getGovernor()))) {
                // (countries a summit is "between" or that "host" it are the parties the story names)
                out.add(e);
                continue;
            }
            List<Actor> parties = new ArrayList<>();
            for (Actor a : e.participants()) {
                Actor p = a.kind == ActorKind.COUNTRY ? roles.leaderOf(a).orElse(a) : a;
                if (!parties.contains(p)) {
                    parties.add(p);
                }
            }
            out.add(parties.equals(e.participants()) ? e : new SentenceEngagement(e.type(), e.status(), e.date(),
                    e.location(), parties, e.roles(), e.sentence(), e.trigger(), e.consultation()));
        }
        return out;
    }

    /**
     * "The encounters happened on the margins of the CELAC summit", "the talks took place on the sidelines of the G20
     * meeting": a definite engagement noun without parties of its own, the subject of the clause the gathering is the
     * circumstance of, refers to the story's engagements, so the story's subject attended.
     */
    private boolean heldAtByTheStorysSubject(IndexedWord gathering) {
        for (IndexedWord v : sg.wordsInOrder()) {
            if (!SentenceGraph.isVerb(v) || !sg.isCircumstanceOf(gathering, v)) {
                continue;
            }
            for (IndexedWord subj : sg.childrenOf(v, "nsubj", "nsubj:pass")) {
                Optional<Type> referred = triggers.typeOf(subj);
                if (referred.isPresent() && referred.get() != Type.CONFERENCE && sg.hasChild(subj, "det", "the")
                        && arguments.attach(new Candidate(subj, referred.get(), false, List.of(), List.of())).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A body's gathering that another engagement of the sentence happened at ("met X on the sidelines of the G20
     * summit", "on the final day of the CELAC summit") was attended by that engagement's parties.
     */
    private List<SentenceEngagement> withAttendees(List<SentenceEngagement> found) {
        List<SentenceEngagement> out = new ArrayList<>();
        for (SentenceEngagement e : found) {
            if (e.type() != Type.CONFERENCE || e.participants().stream().noneMatch(a -> a.kind == ActorKind.ORGANIZATION)) {
                out.add(e);
                continue;
            }
            IndexedWord gathering = sg.g.getNodeByIndexSafe(e.trigger());
            Set<Actor> parties = new LinkedHashSet<>(e.participants());
            for (SentenceEngagement o : found) {
                IndexedWord held = sg.g.getNodeByIndexSafe(o.trigger());
                if (o == e || o.type() == Type.CONFERENCE || gathering == null || held == null) {
                    continue;
                }
                if (sg.isCircumstanceOf(gathering, held)
                        || sg.lightVerbOf(held).filter(verb -> sg.isCircumstanceOf(gathering, verb)).isPresent()) {
                    for (Actor a : o.participants()) {
                        if (o.type() != Type.VISIT || a.kind != ActorKind.COUNTRY) { // the country visited is no attendee
                            parties.add(a); // "had a meeting with X …, the final day of the G20 summit"
                        }
                    }
                }
            }
            if (parties.size() == e.participants().size() && gathering != null && heldAtByTheStorysSubject(gathering)) {
                participants.protagonist().ifPresent(parties::add);
            }
            out.add(parties.size() == e.participants().size() ? e : new SentenceEngagement(e.type(), e.status(), e.date(), e.location(),
                    new ArrayList<>(parties), e.roles(), e.sentence(), e.trigger(), e.consultation()));
        }
        return out;
    }
}
