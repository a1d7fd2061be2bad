package org.parley.entity.engagement.repository;

import java.time.LocalDate;
import java.util.List;

/** A validated engagement filter; null or empty parts do not filter. */
public record EngagementCriteria(List<Long> actorIds, List<String> types, List<String> statuses, LocalDate from,
                                 LocalDate to, String location) {

    public static final EngagementCriteria NONE = new EngagementCriteria(null, null, null, null, null, null);

    /** The same filter with other actors. */
    public EngagementCriteria withActorIds(List<Long> ids) {
        return new EngagementCriteria(ids, types, statuses, from, to, location);
    }
}
