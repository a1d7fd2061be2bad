package org.parley.entity.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.common.repository.Statements;
import org.parley.entity.engagement.model.Engagement;
import org.parley.entity.engagement.model.Party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Engagements with their participants, evidence and change history. */
@ApplicationScoped
public class EngagementRepository implements PanacheRepository<Engagement> {

    /**
     * Engagements in which any of these actors, or a person acting for one of them, takes part: the candidates a
     * new report may be another report of.
     */
    @SuppressWarnings("unchecked")
    public List<Engagement> candidatesFor(Collection<Long> actorIds, LocalDate start, LocalDate end) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        // Dated reports only need candidates whose known span overlaps theirs (or whose date is unknown).
        String dated = start == null ? ""
                : " AND (e.date_start IS NULL OR (e.date_end >= :start AND e.date_start <= :end))";
        var query = getEntityManager().createNativeQuery("""
                        SELECT DISTINCT p.engagement_id FROM engagement_participant p
                        JOIN actor a ON a.id = p.actor_id JOIN engagement e ON e.id = p.engagement_id
                        WHERE (p.actor_id IN (:ids) OR a.affiliation_id IN (:ids))""" + dated)
                .setParameter("ids", actorIds);
        if (start != null) {
            query.setParameter("start", start).setParameter("end", end);
        }
        List<Number> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by id desc", ids.stream().map(Number::longValue).toList());
    }

    /** The participants of these engagements, with each actor's kind and side. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<Party>> parties(Collection<Long> engagementIds) {
        Map<Long, List<Party>> parties = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return parties;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT p.engagement_id, a.id, a.kind, a.affiliation_id, p.role FROM engagement_participant p
                        JOIN actor a ON a.id = p.actor_id WHERE p.engagement_id IN (:ids) ORDER BY p.engagement_id, a.id""")
                .setParameter("ids", engagementIds)
                .getResultList();
        for (Object[] row : rows) {
            parties.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new Party(((Number) row[1]).longValue(), ActorKind.valueOf((String) row[2]),
                            row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4]));
        }
        return parties;
    }

    public void addParticipant(long engagementId, long actorId, String role) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO engagement_participant (engagement_id, actor_id, role) VALUES (:e, :a, :role)
                        ON CONFLICT (engagement_id, actor_id)
                        DO UPDATE SET role = COALESCE(engagement_participant.role, EXCLUDED.role)""")
                .setParameter("e", engagementId)
                .setParameter("a", actorId)
                .setParameter("role", role)
                .executeUpdate();
    }

    /** Puts the survivor where the absorbed actor took part, keeping a role either had. */
    public void replaceParticipant(long absorbedId, long survivorId) {
        Statements.run(getEntityManager(), Map.of("absorbed", absorbedId, "survivor", survivorId), List.of("""
                        UPDATE engagement_participant s SET role = COALESCE(s.role, a.role) FROM engagement_participant a
                        WHERE s.actor_id = :survivor AND a.actor_id = :absorbed AND a.engagement_id = s.engagement_id""",
                """
                        DELETE FROM engagement_participant a WHERE a.actor_id = :absorbed AND EXISTS (SELECT 1
                            FROM engagement_participant s WHERE s.actor_id = :survivor AND s.engagement_id = a.engagement_id)""",
                "UPDATE engagement_participant SET actor_id = :survivor WHERE actor_id = :absorbed"));
    }

    /** The engagements this actor takes part in, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Engagement> ofActor(long actorId) {
        List<Number> ids = getEntityManager().createNativeQuery(
                        "SELECT engagement_id FROM engagement_participant WHERE actor_id = :actor")
                .setParameter("actor", actorId)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids.stream().map(Number::longValue).toList());
    }

    /**
     * Moves the evidence, history and participants of {@code goneId} to {@code keptId} (evidence of the same sentence
     * once) and deletes {@code goneId}.
     */
    public void absorb(long goneId, long keptId) {
        Statements.run(getEntityManager(), Map.of("gone", goneId, "kept", keptId), List.of("""
                        INSERT INTO evidence (engagement_id, article_id, published_on, sentence, start_offset, end_offset)
                        SELECT :kept, article_id, published_on, sentence, start_offset, end_offset
                        FROM evidence WHERE engagement_id = :gone
                        ON CONFLICT (engagement_id, article_id, start_offset) DO NOTHING""",
                "DELETE FROM evidence WHERE engagement_id = :gone",
                "UPDATE engagement_history SET engagement_id = :kept WHERE engagement_id = :gone",
                """
                        INSERT INTO engagement_participant (engagement_id, actor_id, role)
                        SELECT :kept, actor_id, role FROM engagement_participant WHERE engagement_id = :gone
                        ON CONFLICT (engagement_id, actor_id)
                        DO UPDATE SET role = COALESCE(engagement_participant.role, EXCLUDED.role)""",
                "DELETE FROM engagement_participant WHERE engagement_id = :gone",
                "DELETE FROM engagement WHERE id = :gone"));
    }

    public void removeParticipant(long engagementId, long actorId) {
        getEntityManager().createNativeQuery(
                        "DELETE FROM engagement_participant WHERE engagement_id = :e AND actor_id = :a")
                .setParameter("e", engagementId)
                .setParameter("a", actorId)
                .executeUpdate();
    }

    /** Adds a reporting sentence; the same sentence of the same article is stored once. */
    public void addEvidence(long engagementId, UUID articleId, LocalDate publishedOn, String sentence, int start,
                            int end) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO evidence (engagement_id, article_id, published_on, sentence, start_offset, end_offset)
                        VALUES (:e, :article, :publishedOn, :sentence, :start, :end)
                        ON CONFLICT (engagement_id, article_id, start_offset) DO NOTHING""")
                .setParameter("e", engagementId)
                .setParameter("article", articleId)
                .setParameter("publishedOn", publishedOn)
                .setParameter("sentence", sentence)
                .setParameter("start", start)
                .setParameter("end", end)
                .executeUpdate();
    }

    public boolean hasEvidenceFrom(long engagementId, UUID articleId) {
        return !getEntityManager().createNativeQuery(
                        "SELECT 1 FROM evidence WHERE engagement_id = :e AND article_id = :article LIMIT 1")
                .setParameter("e", engagementId)
                .setParameter("article", articleId)
                .getResultList().isEmpty();
    }

    /** Records that an article changed a field of an engagement. */
    public void addHistory(long engagementId, UUID articleId, String field, String oldValue, String newValue) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO engagement_history (engagement_id, article_id, field, old_value, new_value)
                        VALUES (:e, :article, :field, :old, :new)""")
                .setParameter("e", engagementId)
                .setParameter("article", articleId)
                .setParameter("field", field)
                .setParameter("old", oldValue)
                .setParameter("new", newValue)
                .executeUpdate();
    }
}
