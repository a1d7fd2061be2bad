package org.parley.entity.actor.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.entity.actor.service.ActorQueryService;
import org.parley.entity.common.graphql.NotFoundException;
import org.parley.entity.common.graphql.Paging;
import org.parley.entity.engagement.graphql.EngagementConnection;
import org.parley.entity.engagement.graphql.EngagementFilterInput;
import org.parley.entity.engagement.service.EngagementQueryService;

import java.util.List;

/** Actor root fields, batch field resolvers and the federation entity resolver. */
@GraphQLApi
public class ActorGraphQLApi {

    @Inject
    ActorQueryService actors;
    @Inject
    EngagementQueryService engagements;

    @Query("actors")
    @Description("Actors by fuzzy name (canonical names and aliases) and kind")
    @NonNull
    public ActorConnection actors(ActorFilterInput filter, @DefaultValue("50") Integer first, String after) {
        return actors.page(filter, first, after);
    }

    @Query("actor")
    public ActorNode actor(@NonNull @Id String id) {
        return actors.byId(Paging.id("id", id)).orElseThrow(() -> new NotFoundException("No actor with id " + id));
    }

    @NonNull
    @Description("every surface form seen, canonical name included")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<ActorNode> sources) {
        return actors.aliases(sources);
    }

    @Description("the country or organisation a person acts for")
    public List<ActorNode> affiliation(@Source List<ActorNode> sources) {
        return actors.affiliations(sources);
    }

    @NonNull
    public List<@NonNull EngagementConnection> engagements(@Source List<ActorNode> sources,
                                                           EngagementFilterInput filter, Integer first, String after) {
        return engagements.pagesForActors(sources.stream().map(ActorNode::key).toList(), filter, first, after);
    }

    @NonNull
    @Description("who this actor engaged with, most first")
    public List<@NonNull List<@NonNull CounterpartNode>> counterparts(@Source List<ActorNode> sources, Integer first) {
        return actors.counterparts(sources, first);
    }

    /** Federation: {@code _entities} for {@code Actor} representations, one batch. */
    @Resolver
    public List<ActorNode> actorEntities(List<String> id) {
        return actors.byIds(id);
    }
}
