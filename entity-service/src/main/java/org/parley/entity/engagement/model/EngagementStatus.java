package org.parley.entity.engagement.model;

/** Where an engagement stands: the values of the contract's {@code EngagementStatus}. */
public enum EngagementStatus {
    OCCURRED(2), PLANNED(1), PROPOSED(0), CANCELLED(2);

    private final int progress;

    EngagementStatus(int progress) {
        this.progress = progress;
    }

    /** How far along the life of an engagement this status is: a later report may only move it forward. */
    public int progress() {
        return progress;
    }
}
