package org.parley.entity.engagement.model;

/** Kind of engagement: the values of the contract's {@code EngagementType}. */
public enum EngagementType {
    MEETING, CALL, VISIT, CONFERENCE;

    /** Whether two reports of these types may describe the same event (talks reported as a visit or a summit). */
    public boolean compatibleWith(EngagementType other) {
        if (this == other) {
            return true;
        }
        if (this == CALL || other == CALL) {
            return false;
        }
        return this == MEETING || other == MEETING;
    }
}
