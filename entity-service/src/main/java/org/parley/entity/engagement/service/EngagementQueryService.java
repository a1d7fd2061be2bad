package org.parley.entity.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.parley.entity.common.graphql.BadUserInputException;
import org.parley.entity.common.graphql.PageInfo;
import org.parley.entity.common.graphql.Paging;
import org.parley.entity.engagement.graphql.EngagementConnection;
import org.parley.entity.engagement.graphql.EngagementFilterInput;
import org.parley.entity.engagement.graphql.EngagementNode;
import org.parley.entity.engagement.graphql.EvidenceNode;
import org.parley.entity.engagement.graphql.ParticipantNode;
import org.parley.entity.engagement.repository.EngagementCriteria;
import org.parley.entity.engagement.repository.EngagementReadRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Engagement reads for the GraphQL subgraph; batch methods answer in input order. */
@ApplicationScoped
@ActivateRequestContext
public class EngagementQueryService {

    /** The most {@code filter.actorIds} accepted in one query ("all of these take part"; the gateway's bound too). */
    public static final int MAX_ACTOR_IDS = 100;
    /** The longest {@code filter.location} accepted: a place name, as long as the longest stored name. */
    public static final int MAX_LOCATION_FILTER = 300;
    private static final String CURSOR_KIND = "engagement";

    @Inject
    EngagementReadRepository reads;
    @Inject
    Paging paging;

    /** {@code Query.engagements}. */
    public EngagementConnection page(EngagementFilterInput filter, Integer first, String after) {
        return pages(null, filter, first, after).get(0);
    }

    /** {@code Actor.engagements} for a batch of actors, one connection per actor. */
    public List<EngagementConnection> pagesForActors(List<Long> actorIds, EngagementFilterInput filter, Integer first,
                                                     String after) {
        return pages(actorIds, filter, first, after);
    }

    private List<EngagementConnection> pages(List<Long> owners, EngagementFilterInput filter, Integer first,
                                             String after) {
        int size = paging.pageSize(first);
        int countLimit = paging.countLimit() + 1;
        EngagementCriteria criteria = criteria(filter);
        Paging.KeysetPosition start = Paging.keysetAfter(CURSOR_KIND, after);
        List<Long> keys = owners == null ? List.of(EngagementReadRepository.NO_OWNER) : owners;
        List<Long> scope = owners;
        Long driver = null;
        if (owners == null && criteria.actorIds() != null && !criteria.actorIds().isEmpty()) {
            // Engagements of several actors together: read along the least engaged one's participations.
            long least = reads.leastEngaged(criteria.actorIds(), countLimit);
            driver = least;
            scope = List.of(least);
            criteria = criteria.withActorIds(criteria.actorIds().stream().filter(id -> id != least).toList());
        }
        Map<Long, Long> counts = reads.count(scope, criteria, countLimit);
        Map<Long, List<EngagementNode>> rows = size == 0 ? Map.of()
                : reads.page(scope, criteria, size + 1, start.date(), start.id());
        List<EngagementConnection> connections = new ArrayList<>(keys.size());
        for (Long owner : keys) {
            Long key = driver != null ? driver : owner;
            List<EngagementNode> page = rows.getOrDefault(key, List.of());
            boolean hasNext = page.size() > size;
            List<EngagementNode> nodes = hasNext ? page.subList(0, size) : page;
            List<EngagementConnection.EngagementEdge> edges = nodes.stream()
                    .map(node -> new EngagementConnection.EngagementEdge(cursor(node), node)).toList();
            String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
            connections.add(new EngagementConnection(counts.getOrDefault(key, 0L).intValue(), nodes, edges,
                    new PageInfo(hasNext, endCursor)));
        }
        return connections;
    }

    private static String cursor(EngagementNode node) {
        return Paging.keysetCursor(CURSOR_KIND, node.sortDate, node.id);
    }

    /** Validates a filter (the GraphQL one, or the export's query parameters in its shape). */
    public static EngagementCriteria criteria(EngagementFilterInput filter) {
        if (filter == null) {
            return EngagementCriteria.NONE;
        }
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw new BadUserInputException("filter.to (" + filter.to + ") is before filter.from (" + filter.from + ")");
        }
        if (filter.actorIds != null && filter.actorIds.size() > MAX_ACTOR_IDS) {
            throw new BadUserInputException("filter.actorIds: more than " + MAX_ACTOR_IDS + " ids, got "
                    + filter.actorIds.size());
        }
        if (filter.location != null && filter.location.length() > MAX_LOCATION_FILTER) {
            throw new BadUserInputException("filter.location: longer than " + MAX_LOCATION_FILTER + " characters");
        }
        List<Long> actorIds = filter.actorIds == null ? null
                : filter.actorIds.stream().distinct().map(id -> Paging.id("filter.actorIds", id)).toList();
        return new EngagementCriteria(actorIds,
                filter.types == null ? null : filter.types.stream().map(Enum::name).toList(),
                filter.statuses == null ? null : filter.statuses.stream().map(Enum::name).toList(),
                filter.from, filter.to, filter.location);
    }

    /** One engagement, if it exists. */
    public Optional<EngagementNode> byId(long id) {
        return Optional.ofNullable(reads.byIds(List.of(id)).get(id));
    }

    /** Engagements by id in input order, null where none exists (federation {@code _entities}). */
    public List<EngagementNode> byIds(List<String> ids) {
        List<Long> keys = ids.stream().map(EngagementQueryService::parseOrMinus).toList();
        Map<Long, EngagementNode> found = reads.byIds(keys.stream().filter(k -> k > 0).toList());
        return keys.stream().map(found::get).toList();
    }

    public List<List<ParticipantNode>> participants(List<EngagementNode> engagements) {
        Map<Long, List<ParticipantNode>> found = reads.participants(engagements.stream().map(EngagementNode::key).toList());
        return engagements.stream().map(e -> found.getOrDefault(e.key(), List.of())).toList();
    }

    public List<List<EvidenceNode>> evidence(List<EngagementNode> engagements) {
        Map<Long, List<EvidenceNode>> found = reads.evidence(engagements.stream().map(EngagementNode::key).toList());
        return engagements.stream().map(e -> found.getOrDefault(e.key(), List.of())).toList();
    }

    /** {@code Article.engagements} for a batch of article ids (UUIDs minted by ingest-service). */
    public List<List<EngagementNode>> byArticles(List<String> articleIds) {
        List<UUID> ids = articleIds.stream().map(EngagementQueryService::uuidOrNull).toList();
        Map<UUID, List<EngagementNode>> found = reads.byArticles(ids.stream().filter(id -> id != null).toList());
        return ids.stream().map(id -> id == null ? List.<EngagementNode>of() : found.getOrDefault(id, List.of()))
                .toList();
    }

    static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static long parseOrMinus(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
