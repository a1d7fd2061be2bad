package org.parley.entity.engagement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.article.graphql.ArticleNode;
import org.parley.entity.common.graphql.Rows;
import org.parley.entity.common.repository.NativeSql;
import org.parley.entity.engagement.graphql.DateSpanNode;
import org.parley.entity.engagement.graphql.EngagementNode;
import org.parley.entity.engagement.graphql.EvidenceNode;
import org.parley.entity.engagement.graphql.ParticipantNode;
import org.parley.entity.engagement.model.DatePrecision;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read side of engagements for GraphQL: every method answers for a whole batch (of owners, engagements or
 * articles) in one SQL statement, so the statements per query do not grow with page size.
 */
@ApplicationScoped
public class EngagementReadRepository {

    /** Owner id used when a page is not per actor (root queries). */
    public static final long NO_OWNER = 0L;

    private static final String COLUMNS = """
            e.id, e.type, e.status, e.date_start, e.date_end, e.date_precision, e.date_text, e.location, e.sort_date,
            (SELECT count(DISTINCT ev.article_id) FROM evidence ev WHERE ev.engagement_id = e.id) AS article_count""";

    @Inject
    EntityManager entityManager;

    /**
     * Matches per owner (actor id, or {@link #NO_OWNER} when {@code owners} is null), each counted up to
     * {@code limit} rows: a count never reads more than {@code limit} index entries.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> count(List<Long> owners, EngagementCriteria criteria, int limit) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) countSql(owners, criteria, limit).query(entityManager).getResultList()) {
            counts.put(Rows.number(row[0]), Rows.number(row[1]));
        }
        return counts;
    }

    /** The statement {@link #count} runs. */
    public NativeSql countSql(List<Long> owners, EngagementCriteria criteria, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        if (owners == null) {
            return new NativeSql("SELECT CAST(" + NO_OWNER + " AS bigint), count(*) FROM (SELECT 1 FROM engagement e"
                    + " WHERE TRUE" + conditions(criteria, earliestStart(criteria), "e", params) + " LIMIT :limit) x",
                    params);
        }
        // Without engagement filters the count reads only the owner's participations (an index-only scan).
        boolean engagementFilters = criteria.types() != null || criteria.statuses() != null || criteria.from() != null
                || criteria.to() != null || criteria.location() != null;
        String rows = "SELECT 1 FROM engagement_participant d"
                + (engagementFilters ? " JOIN engagement e ON e.id = d.engagement_id" : "")
                + " WHERE d.actor_id = %s" + conditions(criteria, earliestStart(criteria), "d", params)
                + " LIMIT :limit";
        if (owners.size() == 1) {
            // a constant owner, planned with its own frequency (see pageSql)
            params.put("owner", owners.get(0));
            return new NativeSql("SELECT CAST(:owner AS bigint), count(*) FROM (" + rows.formatted(":owner") + ") x",
                    params);
        }
        params.put("owners", owners);
        return new NativeSql("SELECT o.id, (SELECT count(*) FROM (" + rows.formatted("o.id")
                + ") x) FROM actor o WHERE o.id IN (:owners)", params);
    }

    /**
     * Up to {@code limit} engagements per owner, newest first, after the cursor position
     * ({@code afterSortDate}, {@code afterId}) when given. Per owner, the engagements are read in order along the
     * owner's participations ({@code engagement_participant_actor_sort_idx}), so a page costs {@code limit} rows
     * whether the actor has five engagements or fifty thousand.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, List<EngagementNode>> page(List<Long> owners, EngagementCriteria criteria, int limit,
                                                LocalDate afterSortDate, Long afterId) {
        if (owners == null) {
            return Map.of(NO_OWNER, chunk(criteria, limit, afterSortDate, afterId));
        }
        Map<Long, List<EngagementNode>> pages = new HashMap<>();
        for (Object[] row : (List<Object[]>) pageSql(owners, criteria, limit, afterSortDate, afterId)
                .query(entityManager).getResultList()) {
            pages.computeIfAbsent(Rows.number(row[0]), owner -> new ArrayList<>()).add(node(row, 1));
        }
        return pages;
    }

    /** The statement {@link #page} runs for owners (for no owners, {@link #chunkSql}). */
    public NativeSql pageSql(List<Long> owners, EngagementCriteria criteria, int limit, LocalDate afterSortDate,
                             Long afterId) {
        if (owners == null) {
            return chunkSql(criteria, limit, afterSortDate, afterId);
        }
        Map<String, Object> params = new HashMap<>();
        if (owners.size() == 1) {
            // One owner as a constant: the planner reads its frequency from the statistics and walks the index in
            // order for a busy actor (a LATERAL join plans for the average actor: read all, then sort).
            String sql = "SELECT CAST(:owner AS bigint) AS owner_id, " + COLUMNS
                    + " FROM engagement_participant d JOIN engagement e ON e.id = d.engagement_id"
                    + " WHERE d.actor_id = :owner" + conditions(criteria, earliestStart(criteria), "d", params)
                    + keyset("d.sort_date", "d.engagement_id", afterSortDate, afterId, params)
                    + " ORDER BY d.sort_date DESC, d.engagement_id DESC LIMIT :limit";
            params.put("owner", owners.get(0));
            params.put("limit", limit);
            return new NativeSql(sql, params);
        }
        String sql = "SELECT o.id AS owner_id, t.* FROM actor o CROSS JOIN LATERAL (SELECT " + COLUMNS
                + " FROM engagement_participant d JOIN engagement e ON e.id = d.engagement_id WHERE d.actor_id = o.id"
                + conditions(criteria, earliestStart(criteria), "d", params) + keyset("d.sort_date", "d.engagement_id",
                afterSortDate, afterId, params)
                + " ORDER BY d.sort_date DESC, d.engagement_id DESC LIMIT :limit) t WHERE o.id IN (:owners)"
                + " ORDER BY o.id, t.sort_date DESC, t.id DESC";
        params.put("owners", owners);
        params.put("limit", limit);
        return new NativeSql(sql, params);
    }

    /**
     * Of these actors, the one with the fewest engagements (counted up to {@code limit}); an unknown id has none.
     * Engagements in which several actors take part are read along this one's participations.
     */
    @SuppressWarnings("unchecked")
    public long leastEngaged(List<Long> actorIds, int limit) {
        if (actorIds.size() == 1) {
            return actorIds.get(0);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("""
                        SELECT a.id, (SELECT count(*) FROM (SELECT 1 FROM engagement_participant p
                                      WHERE p.actor_id = a.id LIMIT :limit) x) FROM actor a WHERE a.id IN (:ids)""")
                .setParameter("ids", actorIds).setParameter("limit", limit).getResultList()) {
            counts.put(Rows.number(row[0]), Rows.number(row[1]));
        }
        return actorIds.stream().min((a, b) -> Long.compare(counts.getOrDefault(a, 0L), counts.getOrDefault(b, 0L)))
                .orElseThrow();
    }

    /**
     * Up to {@code limit} matching engagements newest first, after ({@code afterSortDate}, {@code afterId}) when
     * given: a plain keyset read along {@code engagement_sort_idx}, for walking all matches in chunks (export).
     */
    @SuppressWarnings("unchecked")
    public List<EngagementNode> chunk(EngagementCriteria criteria, int limit, LocalDate afterSortDate, Long afterId) {
        List<EngagementNode> nodes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) chunkSql(criteria, limit, afterSortDate, afterId).query(entityManager)
                .getResultList()) {
            nodes.add(node(row, 0));
        }
        return nodes;
    }

    /** The statement {@link #chunk} runs. */
    public NativeSql chunkSql(EngagementCriteria criteria, int limit, LocalDate afterSortDate, Long afterId) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM engagement e WHERE TRUE"
                + conditions(criteria, earliestStart(criteria), "e", params)
                + keyset("e.sort_date", "e.id", afterSortDate, afterId, params)
                + " ORDER BY e.sort_date DESC, e.id DESC LIMIT :limit";
        params.put("limit", limit);
        return new NativeSql(sql, params);
    }

    private static String keyset(String dateColumn, String idColumn, LocalDate afterSortDate, Long afterId,
                                 Map<String, Object> params) {
        if (afterId == null) {
            return "";
        }
        params.put("afterDate", afterSortDate);
        params.put("afterId", afterId);
        return " AND (" + dateColumn + ", " + idColumn + ") < (:afterDate, :afterId)";
    }

    /** Engagements by id, in no particular order. */
    @SuppressWarnings("unchecked")
    public Map<Long, EngagementNode> byIds(Collection<Long> ids) {
        Map<Long, EngagementNode> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM engagement e WHERE e.id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            EngagementNode node = node(row, 0);
            nodes.put(node.key(), node);
        }
        return nodes;
    }

    /** The engagements each article reports, newest first. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<EngagementNode>> byArticles(Collection<UUID> articleIds) {
        Map<UUID, List<EngagementNode>> nodes = new HashMap<>();
        if (articleIds.isEmpty()) {
            return nodes;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT r.article_id, " + COLUMNS + """
                         FROM (SELECT DISTINCT article_id, engagement_id FROM evidence WHERE article_id IN (:ids)) r
                        JOIN engagement e ON e.id = r.engagement_id ORDER BY r.article_id, e.sort_date DESC, e.id DESC""")
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            nodes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(node(row, 1));
        }
        return nodes;
    }

    /** Participants of each engagement with their actors. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<ParticipantNode>> participants(Collection<Long> engagementIds) {
        Map<Long, List<ParticipantNode>> participants = new LinkedHashMap<>();
        if (engagementIds.isEmpty()) {
            return participants;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.engagement_id, p.role, a.id, a.name, a.kind, a.title, a.affiliation_id
                        FROM engagement_participant p JOIN actor a ON a.id = p.actor_id
                        WHERE p.engagement_id IN (:ids) ORDER BY p.engagement_id, a.kind DESC, a.id""")
                .setParameter("ids", engagementIds).getResultList();
        for (Object[] row : rows) {
            ActorNode actor = new ActorNode(Rows.number(row[2]), (String) row[3], ActorKind.valueOf((String) row[4]),
                    (String) row[5], Rows.nullableNumber(row[6]));
            participants.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>())
                    .add(new ParticipantNode(actor, (String) row[1]));
        }
        return participants;
    }

    /** Evidence of each engagement, oldest report first, with the title its article was delivered with. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<EvidenceNode>> evidence(Collection<Long> engagementIds) {
        Map<Long, List<EvidenceNode>> evidence = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return evidence;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT ev.engagement_id, ev.article_id, pa.title, ev.sentence, ev.start_offset, ev.end_offset
                        FROM evidence ev LEFT JOIN processed_article pa ON pa.article_id = ev.article_id
                        WHERE ev.engagement_id IN (:ids) ORDER BY ev.engagement_id, ev.published_on NULLS LAST, ev.id""")
                .setParameter("ids", engagementIds).getResultList();
        for (Object[] row : rows) {
            evidence.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>())
                    .add(new EvidenceNode(new ArticleNode(row[1].toString(), (String) row[2]), (String) row[3],
                            ((Number) row[4]).intValue(), ((Number) row[5]).intValue()));
        }
        return evidence;
    }

    private static EngagementNode node(Object[] row, int offset) {
        DateSpanNode date = new DateSpanNode(Rows.date(row[offset + 3]), Rows.date(row[offset + 4]),
                DatePrecision.valueOf((String) row[offset + 5]), (String) row[offset + 6]);
        return new EngagementNode(Rows.number(row[offset]), EngagementType.valueOf((String) row[offset + 1]),
                EngagementStatus.valueOf((String) row[offset + 2]), date, (String) row[offset + 7],
                (int) Rows.number(row[offset + 9]), Rows.date(row[offset + 8]));
    }

    /**
     * The earliest start of an engagement whose span can reach {@code from}: {@code from} less the longest span
     * stored, read from the end of {@code engagement_span_idx}; null without {@code from}.
     */
    private LocalDate earliestStart(EngagementCriteria criteria) {
        if (criteria.from() == null) {
            return null;
        }
        Object longest = longestSpanSql().query(entityManager).getSingleResult();
        return criteria.from().minusDays(Math.max(0, ((Number) longest).longValue()));
    }

    /** The longest span of days stored (0 when none). */
    public NativeSql longestSpanSql() {
        return new NativeSql("SELECT COALESCE(max(date_end - date_start), 0) FROM engagement", Map.of());
    }

    /**
     * The filter on {@code e} (engagement), as {@code AND} conditions. {@code sorted} is the alias whose {@code sort_date} the rows are read
     * by ({@code e}, or {@code d} for a participation): a date filter also bounds that column, so that the read
     * starts at {@code to} and stops at {@code earliestStart} (an engagement's sort_date is its start when it has
     * one, and the date filter matches only engagements with a start). Given as constants, both bounds let the
     * planner estimate how many rows the range holds.
     */
    private static String conditions(EngagementCriteria criteria, LocalDate earliestStart, String sorted,
                                     Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (criteria.actorIds() != null) {
            for (int i = 0; i < criteria.actorIds().size(); i++) {
                sql.append(" AND EXISTS (SELECT 1 FROM engagement_participant f WHERE f.engagement_id = ")
                        .append(sorted).append(sorted.equals("e") ? ".id" : ".engagement_id")
                        .append(" AND f.actor_id = :filterActor").append(i).append(")");
                params.put("filterActor" + i, criteria.actorIds().get(i));
            }
        }
        if (criteria.types() != null && !criteria.types().isEmpty()) {
            sql.append(" AND e.type IN (:types)");
            params.put("types", criteria.types());
        }
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            sql.append(" AND e.status IN (:statuses)");
            params.put("statuses", criteria.statuses());
        }
        if (criteria.from() != null) {
            sql.append(" AND COALESCE(e.date_end, e.date_start) >= :from AND ").append(sorted)
                    .append(".sort_date >= :earliestStart");
            params.put("from", criteria.from());
            params.put("earliestStart", earliestStart);
        }
        if (criteria.to() != null) {
            sql.append(" AND e.date_start <= :to AND ").append(sorted).append(".sort_date <= :to");
            params.put("to", criteria.to());
        }
        if (criteria.location() != null && !criteria.location().isBlank()) {
            sql.append(" AND e.location ILIKE :location ESCAPE '!'");
            params.put("location", "%" + criteria.location().strip()
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return sql.toString();
    }
}
