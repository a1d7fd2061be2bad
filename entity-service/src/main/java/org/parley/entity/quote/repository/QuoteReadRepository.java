package org.parley.entity.quote.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.parley.entity.article.graphql.ArticleNode;
import org.parley.entity.common.graphql.Rows;
import org.parley.entity.quote.graphql.QuoteNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read side of quotes for GraphQL: each method answers for a whole batch (of speakers or articles) in one SQL
 * statement, newest first by {@code (sort_date, id)}.
 */
@ApplicationScoped
public class QuoteReadRepository {

    /** Owner id used when a page is not per speaker (root queries). */
    public static final long NO_OWNER = 0L;

    private static final String COLUMNS = """
            q.id, q.article_id, pa.title, q.speaker_id, q.text, q.start_offset, q.end_offset, q.said_on, q.sort_date""";
    private static final String FROM = " FROM quote q LEFT JOIN processed_article pa ON pa.article_id = q.article_id";

    @Inject
    EntityManager entityManager;

    /** Total matches per owner (speaker id, or {@link #NO_OWNER} when {@code owners} is null). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> count(List<Long> owners, QuoteCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + ownerColumn(owners) + " AS owner_id, count(*) FROM quote q"
                + where(owners, criteria, params) + " GROUP BY 1";
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) bind(entityManager.createNativeQuery(sql), params).getResultList()) {
            counts.put(Rows.number(row[0]), Rows.number(row[1]));
        }
        return counts;
    }

    /** Up to {@code limit} quotes per owner, newest first, after the cursor position when given. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<QuoteNode>> page(List<Long> owners, QuoteCriteria criteria, int limit,
                                           LocalDate afterSortDate, Long afterId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT ").append(ownerColumn(owners))
                .append(" AS owner_id, ").append(COLUMNS).append(", row_number() OVER (PARTITION BY ")
                .append(ownerColumn(owners)).append(" ORDER BY q.sort_date DESC, q.id DESC) AS rn").append(FROM)
                .append(where(owners, criteria, params));
        if (afterId != null) {
            sql.append(" AND (q.sort_date, q.id) < (:afterDate, :afterId)");
            params.put("afterDate", afterSortDate);
            params.put("afterId", afterId);
        }
        sql.append(") t WHERE t.rn <= :limit ORDER BY t.owner_id, t.rn");
        params.put("limit", limit);
        Map<Long, List<QuoteNode>> pages = new HashMap<>();
        for (Object[] row : (List<Object[]>) bind(entityManager.createNativeQuery(sql.toString()), params)
                .getResultList()) {
            pages.computeIfAbsent(Rows.number(row[0]), owner -> new ArrayList<>()).add(node(row, 1));
        }
        return pages;
    }

    /** The quotes of each article, in text order. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<QuoteNode>> byArticles(Collection<UUID> articleIds) {
        Map<UUID, List<QuoteNode>> nodes = new HashMap<>();
        if (articleIds.isEmpty()) {
            return nodes;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + FROM
                        + " WHERE q.article_id IN (:ids) ORDER BY q.article_id, q.start_offset")
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            QuoteNode node = node(row, 0);
            nodes.computeIfAbsent((UUID) row[1], id -> new ArrayList<>()).add(node);
        }
        return nodes;
    }

    private static QuoteNode node(Object[] row, int o) {
        return new QuoteNode(Rows.number(row[o]), (String) row[o + 4],
                new ArticleNode(row[o + 1].toString(), (String) row[o + 2]), ((Number) row[o + 5]).intValue(),
                ((Number) row[o + 6]).intValue(), Rows.date(row[o + 7]), Rows.nullableNumber(row[o + 3]),
                Rows.date(row[o + 8]));
    }

    private static String ownerColumn(List<Long> owners) {
        return owners == null ? "CAST(" + NO_OWNER + " AS bigint)" : "q.speaker_id";
    }

    private static String where(List<Long> owners, QuoteCriteria criteria, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        if (owners != null) {
            sql.append(" AND q.speaker_id IN (:owners)");
            params.put("owners", owners);
        }
        if (criteria.speakerIds() != null && !criteria.speakerIds().isEmpty()) {
            sql.append(" AND q.speaker_id IN (:speakers)");
            params.put("speakers", criteria.speakerIds());
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            sql.append(" AND q.text ILIKE :text ESCAPE '!'");
            params.put("text", "%" + criteria.text().strip()
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (criteria.from() != null) {
            sql.append(" AND q.sort_date >= :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            sql.append(" AND q.sort_date <= :to");
            params.put("to", criteria.to());
        }
        return sql.toString();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
