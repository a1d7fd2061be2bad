package org.parley.entity.engagement.service;

/** CDI event: an engagement was created or changed in the current transaction. */
public record EngagementChanged(long engagementId) {
}
