package org.parley.entity.quote.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.parley.entity.common.graphql.BadUserInputException;
import org.parley.entity.common.graphql.PageInfo;
import org.parley.entity.common.graphql.Paging;
import org.parley.entity.quote.graphql.QuoteConnection;
import org.parley.entity.quote.graphql.QuoteFilterInput;
import org.parley.entity.quote.graphql.QuoteNode;
import org.parley.entity.quote.repository.QuoteCriteria;
import org.parley.entity.quote.repository.QuoteReadRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Quote reads for the GraphQL subgraph; batch methods answer in input order. */
@ApplicationScoped
@ActivateRequestContext
public class QuoteQueryService {

    /** The longest {@code filter.text} accepted: a phrase to look for, not a document. */
    public static final int MAX_TEXT_FILTER = 200;
    /** The most {@code filter.speakerIds} accepted in one query. */
    public static final int MAX_SPEAKER_IDS = 100;
    private static final String CURSOR_KIND = "quote";

    @Inject
    QuoteReadRepository reads;
    @Inject
    Paging paging;

    /** {@code Query.quotes}. */
    public QuoteConnection page(QuoteFilterInput filter, Integer first, String after) {
        return pages(null, criteria(filter), first, after).get(0);
    }

    /** {@code Actor.quotes} for a batch of actors, one connection per actor. */
    public List<QuoteConnection> pagesForSpeakers(List<Long> speakerIds, Integer first, String after) {
        return pages(speakerIds, QuoteCriteria.NONE, first, after);
    }

    /** {@code Article.quotes} for a batch of article ids, in text order. */
    public List<List<QuoteNode>> byArticles(List<String> articleIds) {
        List<UUID> ids = articleIds.stream().map(QuoteQueryService::uuidOrNull).toList();
        Map<UUID, List<QuoteNode>> found = reads.byArticles(ids.stream().filter(id -> id != null).toList());
        return ids.stream().map(id -> id == null ? List.<QuoteNode>of() : found.getOrDefault(id, List.of())).toList();
    }

    private List<QuoteConnection> pages(List<Long> owners, QuoteCriteria criteria, Integer first, String after) {
        int size = paging.pageSize(first);
        Paging.KeysetPosition start = Paging.keysetAfter(CURSOR_KIND, after);
        Map<Long, Long> counts = reads.count(owners, criteria);
        Map<Long, List<QuoteNode>> rows = size == 0 ? Map.of() : reads.page(owners, criteria, size + 1, start.date(), start.id());
        List<Long> keys = owners == null ? List.of(QuoteReadRepository.NO_OWNER) : owners;
        List<QuoteConnection> connections = new ArrayList<>(keys.size());
        for (Long owner : keys) {
            List<QuoteNode> page = rows.getOrDefault(owner, List.of());
            boolean hasNext = page.size() > size;
            List<QuoteNode> nodes = hasNext ? page.subList(0, size) : page;
            List<QuoteConnection.QuoteEdge> edges = nodes.stream()
                    .map(node -> new QuoteConnection.QuoteEdge(cursor(node), node)).toList();
            String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
            connections.add(new QuoteConnection(counts.getOrDefault(owner, 0L).intValue(), nodes, edges,
                    new PageInfo(hasNext, endCursor)));
        }
        return connections;
    }

    private static String cursor(QuoteNode node) {
        return Paging.keysetCursor(CURSOR_KIND, node.sortDate, node.id);
    }

    static QuoteCriteria criteria(QuoteFilterInput filter) {
        if (filter == null) {
            return QuoteCriteria.NONE;
        }
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw new BadUserInputException("filter.to (" + filter.to + ") is before filter.from (" + filter.from + ")");
        }
        if (filter.text != null && filter.text.strip().length() > MAX_TEXT_FILTER) {
            throw new BadUserInputException("filter.text: longer than " + MAX_TEXT_FILTER + " characters");
        }
        if (filter.speakerIds != null && filter.speakerIds.size() > MAX_SPEAKER_IDS) {
            throw new BadUserInputException("filter.speakerIds: more than " + MAX_SPEAKER_IDS + " ids, got "
                    + filter.speakerIds.size());
        }
        List<Long> speakers = filter.speakerIds == null ? null
                : filter.speakerIds.stream().distinct().map(id -> Paging.id("filter.speakerIds", id)).toList();
        return new QuoteCriteria(speakers, filter.text, filter.from, filter.to);
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
