package org.parley.entity.engagement.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.time.LocalDate;
import java.util.List;

/** GraphQL {@code EngagementFilter}. */
@Input("EngagementFilter")
public class EngagementFilterInput {

    /** Engagements in which all of these take part. */
    @Id
    public List<@NonNull String> actorIds;
    public List<@NonNull EngagementType> types;
    public List<@NonNull EngagementStatus> statuses;
    /** Date span overlaps [from, to]. */
    public LocalDate from;
    public LocalDate to;
    public String location;
}
