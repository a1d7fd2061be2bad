package org.parley.entity.engagement.model;

import java.util.Set;

/** Kind of engagement: the values of the contract's {@code EngagementType}. */
public enum EngagementType {
    MEETING, CALL, VISIT, CONFERENCE;

    /**
     * Whether two reports of these types may describe the same event: talks reported as a summit. A visit (travel to
     * a country) and the meetings held during it are separate engagements, and a call is never a meeting.
     */
    public boolean compatibleWith(EngagementType other) {
        return this == other || Set.of(this, other).equals(Set.of(MEETING, CONFERENCE));
    }
}
