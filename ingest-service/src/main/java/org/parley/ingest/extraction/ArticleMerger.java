package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;
import org.parley.ingest.extraction.ExtractedEngagement.Status;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 7, merging within the article: a consultation ("the two ministers discussed …") that restates an engagement of
 * the same parties reported nearby adds no record, and an undated report of an engagement takes the date of a dated
 * report of an engagement of that type and status in a neighbouring sentence that shares a person with it (the same
 * parties' first: "X met A on Wednesday … X also met B"). An engagement that happened and is still undated is one the
 * news reports as recent: on the day its lead names, else on the day of the occasion the story dates first, else in
 * the week up to the article's date. A plan still undated ("will hold talks with X", "the visit was put off") is one
 * the news reports as coming: in the month after the article's date (news of plans is news of the coming weeks; a
 * record without a date could never be found by an analyst asking for a period).
 */
final class ArticleMerger {

    /** How many sentences apart two reports of one engagement, or two legs of one trip, may be. */
    static final int NEARBY = 3;

    /** How far before its article's date an undated engagement that happened is taken to lie. */
    static final int RECENT_DAYS = 7;

    /** How far after its article's date an undated plan (or a plan called off) is taken to lie. */
    static final int UPCOMING_DAYS = 30;

    private ArticleMerger() {
    }

    static List<SentenceEngagement> merge(List<SentenceEngagement> reported, LocalDate published,
                                          Optional<DateSpan> leadDay) {
        List<SentenceEngagement> found = bodiesJoinTheirAttendees(datedByAnaphors(reported));
        List<SentenceEngagement> out = new ArrayList<>();
        for (SentenceEngagement f : found) {
            if (f.consultation() && found.stream().anyMatch(o -> !o.consultation() && sameParties(o, f) && near(o, f)
                    && compatible(o.date(), f.date()))) {
                continue;
            }
            if (found.stream().anyMatch(o -> o.type() == f.type() && compatible(o.date(), f.date())
                    && SentenceMerger.covers(o, f))) {
                continue; // "conferred with his counterparts from Nigeria and Angola. During his meeting with
                          // Nigerian Foreign Minister Geoffrey Onyeama, …": the country's meeting is its minister's
            }
            SentenceEngagement dated = f.date().start() == null ? nearestDated(found, f, leadDay.isEmpty()) : null;
            if (dated != null) {
                out.add(f.withDate(dated.date()));
            } else if (f.date().start() == null && f.status() == Status.OCCURRED && published != null) {
                out.add(f.withDate(leadDay.or(() -> newsDay(found, published))
                        .orElse(new DateSpan(published.minusDays(RECENT_DAYS), published, Precision.WEEK, null))));
            } else if (f.date().start() == null && f.status() != Status.OCCURRED && published != null) {
                out.add(f.withDate(new DateSpan(published, published.plusDays(UPCOMING_DAYS), Precision.SPAN, null)));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Records without parties are definite references ("the visit, which was due to start on August 22"): each dates
     * the latest undated engagement of its type reported shortly before, and is then dropped.
     */
    private static List<SentenceEngagement> datedByAnaphors(List<SentenceEngagement> reported) {
        List<SentenceEngagement> out = new ArrayList<>();
        SentenceEngagement gathering = null;
        for (SentenceEngagement f : reported) {
            boolean bodyOnly = f.type() == ExtractedEngagement.Type.CONFERENCE && f.date().start() != null
                    && f.participants().stream().allMatch(p -> p.kind == ActorKind.ORGANIZATION);
            if (bodyOnly) {
                gathering = f;
            } else if (f.type() == ExtractedEngagement.Type.CONFERENCE && f.date().start() == null && gathering != null
                    && gathering.sentence() < f.sentence()
                    && f.participants().stream().noneMatch(p -> p.kind == ActorKind.ORGANIZATION)) {
                // "the mini-summit which was due on Wednesday has been postponed … The heads of state of five countries
                // were to attend the mini-summit: A, B, …": the attendees' undated gathering is the one the story
                // dated before (of its body, if it named one), and shares its fate
                List<Actor> parties = new ArrayList<>(f.participants());
                gathering.participants().stream().filter(p -> !parties.contains(p)).forEach(parties::add);
                SentenceEngagement referent = gathering;
                f = new SentenceEngagement(f.type(), referent.status() == Status.CANCELLED ? Status.CANCELLED : f.status(),
                        referent.date(), f.location() != null ? f.location() : referent.location(), parties, f.roles(),
                        f.sentence(), f.trigger(), f.consultation());
                out.removeIf(o -> o.type() == referent.type() && !o.participants().isEmpty()
                        && parties.containsAll(o.participants()) && o.date().equals(referent.date()));
                gathering = null;
            } else if (f.type() == ExtractedEngagement.Type.CONFERENCE) {
                gathering = null;
            }
            if (f.participants().isEmpty()) {
                for (int i = out.size() - 1; i >= 0; i--) {
                    SentenceEngagement o = out.get(i);
                    if (o.type() == f.type() && o.date().start() == null && near(o, f) && o.sentence() < f.sentence()) {
                        out.set(i, o.withDate(f.date()));
                        break;
                    }
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * "An extraordinary summit of the SADC … was postponed" beside "X, Y and Z were to attend the SADC summit": a
     * gathering reported by its body alone is the same gathering as a nearby report of that body's gathering that
     * names attendees; that report stands for both, with the date of the other when it has none.
     */
    private static List<SentenceEngagement> bodiesJoinTheirAttendees(List<SentenceEngagement> found) {
        List<SentenceEngagement> out = new ArrayList<>(found);
        for (SentenceEngagement f : found) {
            if (f.type() != ExtractedEngagement.Type.CONFERENCE
                    || f.participants().stream().anyMatch(p -> p.kind != ActorKind.ORGANIZATION)) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                SentenceEngagement o = out.get(i);
                if (o != f && o.type() == f.type() && near(o, f) && sameOrUnknownDate(o.date(), f.date())
                        && o.participants().containsAll(f.participants())
                        && o.participants().size() > f.participants().size()) {
                    if (o.date().start() == null && f.date().start() != null) {
                        out.set(i, o.withDate(f.date()));
                    }
                    out.remove(f);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a day lies in the week up to the article's date. */
    static boolean isRecent(DateSpan d, LocalDate published) {
        return published != null && d.start() != null && !d.start().isAfter(published)
                && !d.start().isBefore(published.minusDays(RECENT_DAYS));
    }

    /** The day of the first recent engagement the article dates to the day: the occasion the story reports. */
    private static Optional<DateSpan> newsDay(List<SentenceEngagement> found, LocalDate published) {
        return found.stream()
                .filter(o -> o.status() == Status.OCCURRED && o.date().precision() == Precision.DAY
                        && isRecent(o.date(), published))
                .min(Comparator.comparingInt(SentenceEngagement::sentence))
                .map(SentenceEngagement::date);
    }

    /**
     * The nearby dated report of the same engagement; or, where the lead names no day, of another engagement of one
     * of its persons (in a story with a lead day, a person's next meeting is on the lead's day, not the previous one's).
     */
    private static SentenceEngagement nearestDated(List<SentenceEngagement> found, SentenceEngagement f,
                                                   boolean anyOfItsPersons) {
        SentenceEngagement best = null;
        for (SentenceEngagement o : found) {
            if (o != f && o.type() == f.type() && o.status() == f.status() && o.date().start() != null && near(o, f)
                    && (sameParties(o, f) || anyOfItsPersons && sharesPerson(o, f)) && (best == null || closer(o, best, f))) {
                best = o;
            }
        }
        return best;
    }

    private static boolean closer(SentenceEngagement o, SentenceEngagement best, SentenceEngagement f) {
        if (sameParties(o, f) != sameParties(best, f)) {
            return sameParties(o, f);
        }
        return Math.abs(o.sentence() - f.sentence()) < Math.abs(best.sentence() - f.sentence());
    }

    private static boolean sharesPerson(SentenceEngagement a, SentenceEngagement b) {
        return a.participants().stream().anyMatch(p -> p.kind == ActorKind.PERSON && b.participants().contains(p));
    }

    private static boolean near(SentenceEngagement a, SentenceEngagement b) {
        return Math.abs(a.sentence() - b.sentence()) <= NEARBY;
    }

    private static boolean sameParties(SentenceEngagement a, SentenceEngagement b) {
        Set<Actor> x = new HashSet<>(a.participants());
        Set<Actor> y = new HashSet<>(b.participants());
        return x.containsAll(y) || y.containsAll(x);
    }

    private static boolean sameOrUnknownDate(DateSpan a, DateSpan b) {
        return a.start() == null || b.start() == null || a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static boolean compatible(DateSpan a, DateSpan b) {
        return a.start() == null || b.start() == null || !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }
}
