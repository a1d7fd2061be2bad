package org.parley.entity.actor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.parley.entity.actor.graphql.ActorConnection;
import org.parley.entity.actor.graphql.ActorFilterInput;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.graphql.CounterpartNode;
import org.parley.entity.actor.repository.ActorReadRepository;
import org.parley.entity.common.graphql.BadUserInputException;
import org.parley.entity.common.graphql.PageInfo;
import org.parley.entity.common.graphql.Paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Actor reads for the GraphQL subgraph; batch methods answer in input order. */
@ApplicationScoped
@ActivateRequestContext
public class ActorQueryService {

    /** The longest {@code filter.name} accepted: as long as the longest name an actor can have. */
    public static final int MAX_NAME_FILTER = 300;
    private static final String CURSOR_KIND = "actor";

    @Inject
    ActorReadRepository reads;
    @Inject
    Paging paging;

    /** {@code Query.actors}: fuzzy name and kind filter, offset cursors (fuzzy ranking has no stable key). */
    public ActorConnection page(ActorFilterInput filter, Integer first, String after) {
        int size = paging.pageSize(first);
        String name = filter == null || filter.name == null || filter.name.isBlank() ? null : filter.name.strip();
        if (name != null && name.length() > MAX_NAME_FILTER) {
            throw new BadUserInputException("filter.name: longer than " + MAX_NAME_FILTER + " characters");
        }
        if (name != null && NameKeys.fold(name).isEmpty()) {
            throw new BadUserInputException("filter.name: '" + name + "' has no letters or digits to match");
        }
        List<String> kinds = filter == null || filter.kinds == null ? null
                : filter.kinds.stream().map(Enum::name).toList();
        int offset = 0;
        if (after != null) {
            try {
                offset = Integer.parseInt(Paging.decode(CURSOR_KIND, after)) + 1;
            } catch (NumberFormatException e) {
                throw new BadUserInputException("after: '" + after + "' is not a cursor of this connection");
            }
        }
        long total = reads.count(name, kinds, paging.countLimit() + 1);
        List<ActorNode> rows = size == 0 ? List.of() : reads.page(name, kinds, offset, size + 1);
        boolean hasNext = rows.size() > size;
        List<ActorNode> nodes = hasNext ? rows.subList(0, size) : rows;
        List<ActorConnection.ActorEdge> edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new ActorConnection.ActorEdge(Paging.encode(CURSOR_KIND, Integer.toString(offset + i)),
                    nodes.get(i)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
        return new ActorConnection((int) total, nodes, edges, new PageInfo(hasNext, endCursor));
    }

    public Optional<ActorNode> byId(long id) {
        return Optional.ofNullable(reads.byIds(List.of(id)).get(id));
    }

    /** Actors by id in input order, null where none exists (federation {@code _entities}). */
    public List<ActorNode> byIds(List<String> ids) {
        List<Long> keys = new ArrayList<>();
        for (String id : ids) {
            try {
                keys.add(Long.parseLong(id));
            } catch (NumberFormatException | NullPointerException e) {
                keys.add(-1L);
            }
        }
        Map<Long, ActorNode> found = reads.byIds(keys.stream().filter(k -> k > 0).toList());
        return keys.stream().map(found::get).toList();
    }

    public List<List<String>> aliases(List<ActorNode> actors) {
        Map<Long, List<String>> found = reads.aliases(actors.stream().map(ActorNode::key).toList());
        return actors.stream().map(a -> found.getOrDefault(a.key(), List.of(a.name))).toList();
    }

    public List<ActorNode> affiliations(List<ActorNode> actors) {
        Map<Long, ActorNode> found = reads.byIds(actors.stream().map(a -> a.affiliationId)
                .filter(Objects::nonNull).distinct().toList());
        return actors.stream().map(a -> a.affiliationId == null ? null : found.get(a.affiliationId)).toList();
    }

    public List<List<CounterpartNode>> counterparts(List<ActorNode> actors, Integer first) {
        int size = paging.pageSize(first);
        Map<Long, List<CounterpartNode>> found = reads.counterparts(actors.stream().map(ActorNode::key).toList(), size);
        return actors.stream().map(a -> found.getOrDefault(a.key(), List.of())).toList();
    }

    /** {@code Article.actors} for a batch of article ids. */
    public List<List<ActorNode>> byArticles(List<String> articleIds) {
        List<UUID> ids = new ArrayList<>();
        for (String id : articleIds) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException | NullPointerException e) {
                ids.add(null);
            }
        }
        Map<UUID, List<ActorNode>> found = reads.byArticles(ids.stream().filter(Objects::nonNull).toList());
        return ids.stream().map(id -> id == null ? List.<ActorNode>of() : found.getOrDefault(id, List.of())).toList();
    }
}
