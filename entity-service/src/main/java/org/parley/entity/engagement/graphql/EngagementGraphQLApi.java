package org.parley.entity.engagement.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.entity.common.graphql.NotFoundException;
import org.parley.entity.common.graphql.Paging;
import org.parley.entity.engagement.service.EngagementEvents;
import org.parley.entity.engagement.service.EngagementQueryService;

import java.util.List;
import java.util.Optional;

/**
 * Engagement root fields, batch field resolvers, federation entity resolver and the change subscription. The
 * subgraph links federation v2.7: SmallRye GraphQL 2.17 declares v2.7 directive definitions (e.g. {@code @override}
 * with {@code label}), which Apollo composition rejects under an older link version.
 */
@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "@shareable"),
        @Import(name = "@external"), @Import(name = "@provides")})
public class EngagementGraphQLApi {

    @Inject
    EngagementQueryService queries;
    @Inject
    EngagementEvents events;

    @Query("engagements")
    @Description("Engagements matching the filter, newest first")
    @NonNull
    public EngagementConnection engagements(EngagementFilterInput filter, @DefaultValue("50") Integer first,
                                            String after) {
        return queries.page(filter, first, after);
    }

    @Query("engagement")
    public EngagementNode engagement(@NonNull @Id String id) {
        return queries.byId(Paging.id("id", id))
                .orElseThrow(() -> new NotFoundException("No engagement with id " + id));
    }

    @NonNull
    public List<@NonNull List<@NonNull ParticipantNode>> participants(@Source List<EngagementNode> engagements) {
        return queries.participants(engagements);
    }

    @NonNull
    @Description("every sentence, in every article, that reports it")
    public List<@NonNull List<@NonNull EvidenceNode>> evidence(@Source List<EngagementNode> engagements) {
        return queries.evidence(engagements);
    }

    /** Federation: {@code _entities} for {@code Engagement} representations, one batch. */
    @Resolver
    public List<EngagementNode> engagementEntities(List<String> id) {
        return queries.byIds(id);
    }

    @Subscription("engagementRecorded")
    @Description("a new engagement, or one that changed; fired after the change is committed")
    @NonNull
    public Multi<EngagementNode> engagementRecorded() {
        return events.committedChanges()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transform(id -> queries.byId(id))
                .select().where(Optional::isPresent)
                .onItem().transform(Optional::get);
    }
}
