package org.parley.entity.coding.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.entity.coding.service.CodingService;
import org.parley.entity.engagement.graphql.EngagementNode;

import java.util.List;

/** {@code Engagement.coding}, resolved for a whole batch of engagements. */
@GraphQLApi
public class CodingGraphQLApi {

    @Inject
    CodingService codings;

    @NonNull
    @Description("the same engagement in the event-data standards (docs/coding.md)")
    public List<@NonNull EventCodingNode> coding(@Source List<EngagementNode> engagements) {
        return codings.codings(engagements).stream().map(EventCodingNode::new).toList();
    }
}
