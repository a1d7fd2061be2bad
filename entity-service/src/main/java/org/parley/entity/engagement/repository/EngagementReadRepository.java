package org.parley.entity.engagement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.article.graphql.ArticleNode;
import org.parley.entity.common.graphql.Rows;
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

    /** Total matches per owner (actor id, or {@link #NO_OWNER} when {@code owners} is null). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> count(List<Long> owners, EngagementCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + ownerColumn(owners) + " AS owner_id, count(*) FROM engagement e"
                + ownerJoin(owners, params) + where(criteria, params) + " GROUP BY 1";
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) bind(entityManager.createNativeQuery(sql), params).getResultList()) {
            counts.put(Rows.number(row[0]), Rows.number(row[1]));
        }
        return counts;
    }

    /**
     * Up to {@code limit} engagements per owner, newest first, after the cursor position
     * ({@code afterSortDate}, {@code afterId}) when given.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, List<EngagementNode>> page(List<Long> owners, EngagementCriteria criteria, int limit,
                                                LocalDate afterSortDate, Long afterId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT ").append(ownerColumn(owners))
                .append(" AS owner_id, ").append(COLUMNS)
                .append(", row_number() OVER (PARTITION BY ").append(ownerColumn(owners))
                .append(" ORDER BY e.sort_date DESC, e.id DESC) AS rn FROM engagement e")
                .append(ownerJoin(owners, params)).append(where(criteria, params));
        if (afterId != null) {
            sql.append(" AND (e.sort_date, e.id) < (:afterDate, :afterId)");
            params.put("afterDate", afterSortDate);
            params.put("afterId", afterId);
        }
        sql.append(") t WHERE t.rn <= :limit ORDER BY t.owner_id, t.rn");
        params.put("limit", limit);
        Map<Long, List<EngagementNode>> pages = new HashMap<>();
        for (Object[] row : (List<Object[]>) bind(entityManager.createNativeQuery(sql.toString()), params)
                .getResultList()) {
            pages.computeIfAbsent(Rows.number(row[0]), owner -> new ArrayList<>()).add(node(row, 1));
        }
        return pages;
    }

    /**
     * Up to {@code limit} matching engagements newest first, after ({@code afterSortDate}, {@code afterId}) when
     * given: a plain keyset read along {@code engagement_sort_idx}, for walking all matches in chunks (export).
     */
    @SuppressWarnings("unchecked")
    public List<EngagementNode> chunk(EngagementCriteria criteria, int limit, LocalDate afterSortDate, Long afterId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM engagement e")
                .append(where(criteria, params));
        if (afterId != null) {
            sql.append(" AND (e.sort_date, e.id) < (:afterDate, :afterId)");
            params.put("afterDate", afterSortDate);
            params.put("afterId", afterId);
        }
        sql.append(" ORDER BY e.sort_date DESC, e.id DESC LIMIT :limit");
        params.put("limit", limit);
        List<EngagementNode> nodes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) bind(entityManager.createNativeQuery(sql.toString()), params)
                .getResultList()) {
            nodes.add(node(row, 0));
        }
        return nodes;
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

    private static String ownerColumn(List<Long> owners) {
        return owners == null ? "CAST(" + NO_OWNER + " AS bigint)" : "op.actor_id";
    }

    private static String ownerJoin(List<Long> owners, Map<String, Object> params) {
        if (owners == null) {
            return "";
        }
        params.put("owners", owners);
        return " JOIN engagement_participant op ON op.engagement_id = e.id AND op.actor_id IN (:owners)";
    }

    private static String where(EngagementCriteria criteria, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        if (criteria.actorIds() != null && !criteria.actorIds().isEmpty()) {
            sql.append("""
                     AND e.id IN (SELECT fp.engagement_id FROM engagement_participant fp
                    WHERE fp.actor_id IN (:filterActors) GROUP BY fp.engagement_id
                    HAVING count(DISTINCT fp.actor_id) = :filterActorCount)""");
            params.put("filterActors", criteria.actorIds());
            params.put("filterActorCount", (long) criteria.actorIds().size());
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
            sql.append(" AND COALESCE(e.date_end, e.date_start) >= :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            sql.append(" AND e.date_start <= :to");
            params.put("to", criteria.to());
        }
        if (criteria.location() != null && !criteria.location().isBlank()) {
            sql.append(" AND e.location ILIKE :location ESCAPE '!'");
            params.put("location", "%" + criteria.location().strip()
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return sql.toString();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
