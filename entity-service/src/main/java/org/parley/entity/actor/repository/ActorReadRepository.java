package org.parley.entity.actor.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.parley.entity.actor.graphql.ActorNode;
import org.parley.entity.actor.graphql.CounterpartNode;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.service.Gazetteer;
import org.parley.entity.actor.service.NameKeys;
import org.parley.entity.common.graphql.Rows;
import org.parley.entity.common.repository.NativeSql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of actors for GraphQL: each method answers for a whole batch in one SQL statement. */
@ApplicationScoped
public class ActorReadRepository {

    private static final String COLUMNS = "a.id, a.name, a.kind, a.title, a.affiliation_id";

    @Inject
    EntityManager entityManager;

    /** A page of actors matching the filter, best fuzzy match first (by name when no name is given). */
    @SuppressWarnings("unchecked")
    public List<ActorNode> page(String name, List<String> kinds, int offset, int limit) {
        List<ActorNode> nodes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) pageSql(name, kinds, offset, limit).query(entityManager).getResultList()) {
            nodes.add(node(row, 0));
        }
        return nodes;
    }

    /** The statement {@link #page} runs. */
    public NativeSql pageSql(String name, List<String> kinds, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + from(name, kinds, params)
                + (name == null ? " ORDER BY a.name, a.id" : " ORDER BY s.score DESC, a.name, a.id")
                + " OFFSET :offset LIMIT :limit";
        params.put("offset", offset);
        params.put("limit", limit);
        return new NativeSql(sql, params);
    }

    /** How many actors match the filter, counted up to {@code limit}. */
    public long count(String name, List<String> kinds, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return Rows.number(bind(entityManager.createNativeQuery("SELECT count(*) FROM (SELECT 1"
                + from(name, kinds, params) + " LIMIT :limit) x"), params).getSingleResult());
    }

    /**
     * Fuzzy name matching with pg_trgm: word similarity of the folded query against folded aliases, and of its
     * transliteration key against alias keys (so "Zelenskiy" finds "Volodymyr Zelensky"); a gazetteer form
     * ("U.S.") finds its country.
     */
    private static String from(String name, List<String> kinds, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" FROM actor a");
        if (name != null) {
            sql.append(" JOIN").append("""
                     (SELECT actor_id, max(score) AS score FROM (
                        SELECT al.actor_id, GREATEST(word_similarity(:q, al.folded), word_similarity(:qk, al.alias_key),
                               CASE WHEN al.folded = :q THEN 1.0 ELSE 0 END) AS score
                        FROM actor_alias al WHERE :q <% al.folded OR :qk <% al.alias_key OR al.folded = :q
                        UNION ALL SELECT g.id, 1.0 FROM actor g WHERE g.match_key = :gazetteerKey
                          AND g.kind <> 'PERSON') m GROUP BY actor_id) s ON s.actor_id = a.id""");
            params.put("q", NameKeys.fold(name));
            params.put("qk", NameKeys.nameKey(name));
            params.put("gazetteerKey", Gazetteer.lookup(name).map(p -> NameKeys.fold(p.canonicalName())).orElse(""));
        }
        sql.append(" WHERE TRUE");
        if (kinds != null && !kinds.isEmpty()) {
            sql.append(" AND a.kind IN (:kinds)");
            params.put("kinds", kinds);
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    public Map<Long, ActorNode> byIds(Collection<Long> ids) {
        Map<Long, ActorNode> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(
                "SELECT " + COLUMNS + " FROM actor a WHERE a.id IN (:ids)").setParameter("ids", ids).getResultList()) {
            ActorNode node = node(row, 0);
            nodes.put(node.key(), node);
        }
        return nodes;
    }

    /** Every surface form of each actor, canonical name first. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<String>> aliases(Collection<Long> actorIds) {
        Map<Long, List<String>> aliases = new HashMap<>();
        if (actorIds.isEmpty()) {
            return aliases;
        }
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("""
                        SELECT a.id, a.name AS alias, 0 AS rank, 0 AS alias_id FROM actor a WHERE a.id IN (:ids)
                        UNION ALL SELECT al.actor_id, al.alias, 1, al.id FROM actor_alias al
                        JOIN actor a ON a.id = al.actor_id WHERE al.actor_id IN (:ids) AND al.alias <> a.name
                        ORDER BY 1, 3, 4""")
                .setParameter("ids", actorIds).getResultList()) {
            aliases.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>()).add((String) row[1]);
        }
        return aliases;
    }

    /** The actors each article names. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<ActorNode>> byArticles(Collection<UUID> articleIds) {
        Map<UUID, List<ActorNode>> nodes = new HashMap<>();
        if (articleIds.isEmpty()) {
            return nodes;
        }
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("SELECT r.article_id, " + COLUMNS
                        + " FROM article_actor r JOIN actor a ON a.id = r.actor_id WHERE r.article_id IN (:ids)"
                        + " ORDER BY r.article_id, a.kind DESC, a.name, a.id")
                .setParameter("ids", articleIds).getResultList()) {
            nodes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(node(row, 1));
        }
        return nodes;
    }

    /** For each actor, who they engaged with, most engagements first, then most recent; at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<CounterpartNode>> counterparts(Collection<Long> actorIds, int limit) {
        Map<Long, List<CounterpartNode>> counterparts = new HashMap<>();
        if (actorIds.isEmpty() || limit == 0) {
            return counterparts;
        }
        for (Object[] row : (List<Object[]>) counterpartsSql(actorIds, limit).query(entityManager).getResultList()) {
            counterparts.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>())
                    .add(new CounterpartNode(node(row, 3), (int) Rows.number(row[1]), Rows.date(row[2])));
        }
        return counterparts;
    }

    /**
     * The statement {@link #counterparts} runs: each owner's first pairs from {@code actor_pair_top_idx} (V6), in
     * the index's order, so it reads {@code limit} pairs however many engagements the owner has.
     */
    public NativeSql counterpartsSql(Collection<Long> actorIds, int limit) {
        return new NativeSql("SELECT c.actor_id, c.engagement_count, c.last_date, " + COLUMNS + """
                 FROM actor o CROSS JOIN LATERAL (SELECT p.actor_id, p.counterpart_id, p.engagement_count, p.last_date
                    FROM actor_pair p WHERE p.actor_id = o.id
                    ORDER BY p.engagement_count DESC, p.last_date DESC NULLS LAST, p.counterpart_id LIMIT :limit) c
                JOIN actor a ON a.id = c.counterpart_id WHERE o.id IN (:ids)
                ORDER BY c.actor_id, c.engagement_count DESC, c.last_date DESC NULLS LAST, c.counterpart_id""",
                Map.of("ids", actorIds, "limit", limit));
    }

    private static ActorNode node(Object[] row, int offset) {
        return new ActorNode(Rows.number(row[offset]), (String) row[offset + 1], ActorKind.valueOf((String) row[offset + 2]),
                (String) row[offset + 3], Rows.nullableNumber(row[offset + 4]));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
