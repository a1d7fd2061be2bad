package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 7, merging within a sentence: several triggers for one engagement ("met for talks") become one record, and
 * a record that only restates another with a country for one of its persons is dropped, as is a meeting with
 * the country a visit in the same sentence goes to; a consultation ("discussed")
 * takes the type of the engagement it is part of ("discussed trade in a phone call").
 */
final class SentenceMerger {

    private SentenceMerger() {
    }

    static List<SentenceEngagement> merge(List<SentenceEngagement> found) {
        List<SentenceEngagement> out = new ArrayList<>();
        for (SentenceEngagement f : found) {
            if (found.stream().anyMatch(o -> o != f && o.type() == f.type() && covers(o, f))) {
                continue; // "X visited Damascus, the first visit by an Egyptian official to Syria": the same visit
            }
            if (f.type() == Type.MEETING && found.stream().anyMatch(o -> o.type() == Type.VISIT
                    && new HashSet<>(o.participants()).equals(new HashSet<>(f.participants())))) {
                continue; // "flew into Islamabad for talks with Pakistan's government": talks with the country visited are the visit
            }
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                SentenceEngagement o = out.get(i);
                Set<Actor> a = new HashSet<>(o.participants());
                Set<Actor> b = new HashSet<>(f.participants());
                boolean sameType = o.type() == f.type()
                        || (o.type() != Type.VISIT && f.type() != Type.VISIT && (o.type() == Type.CONFERENCE
                        || f.type() == Type.CONFERENCE || o.consultation() || f.consultation()));
                if (o.type() != f.type() && (o.type() == Type.CONFERENCE && !b.containsAll(a)
                        || f.type() == Type.CONFERENCE && !a.containsAll(b))) {
                    sameType = false; // "met X at the G20 summit": the summit has more attendees than the meeting
                }
                if (sameType && (a.containsAll(b) || b.containsAll(a))) {
                    SentenceEngagement big = a.size() >= b.size() ? o : f;
                    SentenceEngagement small = big == o ? f : o;
                    Type type = o.consultation() && !f.consultation() || o.type() == Type.CONFERENCE ? f.type() : o.type();
                    DateSpan date = big.date().start() != null ? big.date() : small.date();
                    String loc = big.location() != null ? big.location() : small.location();
                    Status st = stronger(o.status(), f.status());
                    Map<Actor, String> roles = new LinkedHashMap<>(small.roles());
                    roles.putAll(big.roles());
                    out.set(i, new SentenceEngagement(type, st, date, loc, big.participants(), roles, o.sentence(),
                            o.trigger(), o.consultation() && f.consultation()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether {@code small} says no more than {@code big}: each of its parties is one of big's, or a country one of
     * big's persons belongs to, and at least one is such a country.
     */
    static boolean covers(SentenceEngagement big, SentenceEngagement small) {
        boolean countryForPerson = false;
        for (Actor a : small.participants()) {
            if (big.participants().contains(a)) {
                continue;
            }
            if (a.kind == ActorKind.COUNTRY && big.participants().stream().anyMatch(p -> p.kind == ActorKind.PERSON
                    && p.affiliation == a && !small.participants().contains(p))) {
                countryForPerson = true;
                continue;
            }
            return false;
        }
        return countryForPerson;
    }

    /** The more definite of two statuses for one engagement. */
    static Status stronger(Status a, Status b) {
        List<Status> order = List.of(Status.CANCELLED, Status.OCCURRED, Status.PLANNED, Status.PROPOSED);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }
}
