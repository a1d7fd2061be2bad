package org.parley.entity.engagement.service;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.engagement.model.Party;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether two reports describe the same engagement: the same parties (a person on one side may be given
 * only as their country in the other report, when no other person of that country takes part), compatible types
 * (checked by the caller) and overlapping dates.
 */
public final class EngagementMatcher {

    /** Reports whose dates are unknown match only when published this close to each other. */
    static final int UNDATED_WINDOW_DAYS = 14;

    private EngagementMatcher() {
    }

    /** Whether the two participant lists name the same parties; see the class comment. */
    public static boolean sameParties(List<Party> a, List<Party> b) {
        return a.stream().allMatch(x -> covered(x, a, b)) && b.stream().allMatch(y -> covered(y, b, a));
    }

    /** Whether the lists hold exactly the same actors. */
    public static boolean sameActors(List<Party> a, List<Party> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> y.actorId() == x.actorId()));
    }

    private static boolean covered(Party x, List<Party> own, List<Party> other) {
        if (other.stream().anyMatch(y -> y.actorId() == x.actorId())) {
            return true;
        }
        if (x.kind() == ActorKind.PERSON) {
            return x.side() != null && other.stream().anyMatch(y -> y.actorId() == x.side())
                    && personsOfSide(own, x.side()) == 1;
        }
        return personsOfSide(other, x.actorId()) == 1;
    }

    private static long personsOfSide(List<Party> parties, long side) {
        return parties.stream().filter(p -> p.kind() == ActorKind.PERSON && Objects.equals(p.side(), side)).count();
    }

    /**
     * Whether two date spans may be the same event. Known spans must overlap; when either is unknown, the reports'
     * publication dates (or the known span) must lie within {@link #UNDATED_WINDOW_DAYS} of each other.
     */
    public static boolean datesCompatible(LocalDate startA, LocalDate endA, LocalDate reportedFromA,
                                          LocalDate reportedToA, LocalDate startB, LocalDate endB,
                                          LocalDate reportedFromB, LocalDate reportedToB) {
        if (startA != null && startB != null) {
            return !endA.isBefore(startB) && !endB.isBefore(startA);
        }
        LocalDate fromA = startA != null ? startA : reportedFromA;
        LocalDate toA = startA != null ? endA : reportedToA;
        LocalDate fromB = startB != null ? startB : reportedFromB;
        LocalDate toB = startB != null ? endB : reportedToB;
        if (fromA == null || toA == null || fromB == null || toB == null) {
            return false;
        }
        long gap = Math.max(ChronoUnit.DAYS.between(toA, fromB), ChronoUnit.DAYS.between(toB, fromA));
        return gap <= UNDATED_WINDOW_DAYS;
    }

    /** Span length in days, unknown dates the widest. */
    public static long width(LocalDate start, LocalDate end) {
        return start == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(start, end);
    }
}
