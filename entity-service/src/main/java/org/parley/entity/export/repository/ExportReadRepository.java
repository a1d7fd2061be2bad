package org.parley.entity.export.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.common.graphql.Rows;
import org.parley.entity.export.model.Citation;
import org.parley.entity.export.model.ExportParticipant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The participants and citing articles of a chunk of engagements, one SQL statement each. */
@ApplicationScoped
public class ExportReadRepository {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public Map<Long, List<ExportParticipant>> participants(Collection<Long> engagementIds) {
        Map<Long, List<ExportParticipant>> participants = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return participants;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.engagement_id, a.id, a.name, a.kind, a.title, p.role, aff.kind, aff.name
                        FROM engagement_participant p JOIN actor a ON a.id = p.actor_id
                        LEFT JOIN actor aff ON aff.id = a.affiliation_id
                        WHERE p.engagement_id IN (:ids) ORDER BY p.engagement_id, a.kind DESC, a.id""")
                .setParameter("ids", engagementIds).getResultList();
        for (Object[] row : rows) {
            participants.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>()).add(new ExportParticipant(
                    Rows.number(row[1]), (String) row[2], ActorKind.valueOf((String) row[3]), (String) row[4],
                    (String) row[5], row[6] == null ? null : ActorKind.valueOf((String) row[6]), (String) row[7]));
        }
        return participants;
    }

    /** Each engagement's citing articles, the first to report it first. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<Citation>> citations(Collection<Long> engagementIds) {
        Map<Long, List<Citation>> citations = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return citations;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT ev.engagement_id, ev.article_id, pa.title, count(*)
                        FROM evidence ev LEFT JOIN processed_article pa ON pa.article_id = ev.article_id
                        WHERE ev.engagement_id IN (:ids)
                        GROUP BY ev.engagement_id, ev.article_id, pa.title
                        ORDER BY ev.engagement_id, min(ev.published_on) NULLS LAST, min(ev.id)""")
                .setParameter("ids", engagementIds).getResultList();
        for (Object[] row : rows) {
            citations.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>())
                    .add(new Citation(row[1].toString(), (String) row[2], (int) Rows.number(row[3])));
        }
        return citations;
    }
}
