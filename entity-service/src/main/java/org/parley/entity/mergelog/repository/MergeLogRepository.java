package org.parley.entity.mergelog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.mergelog.model.MergeSubject;

import java.util.UUID;

/** Appends to the merge log: which rule attached which surface form or report to which record, and why. */
@ApplicationScoped
public class MergeLogRepository {

    @Inject
    EntityManager entityManager;

    /** Records one merge. */
    public void record(MergeSubject subject, long subjectId, UUID articleId, String surface, String rule,
                       String evidence) {
        entityManager.createNativeQuery("""
                        INSERT INTO merge_log (subject, subject_id, article_id, surface, rule, evidence)
                        VALUES (:subject, :subjectId, :articleId, :surface, :rule, :evidence)""")
                .setParameter("subject", subject.name())
                .setParameter("subjectId", subjectId)
                .setParameter("articleId", articleId)
                .setParameter("surface", surface)
                .setParameter("rule", rule)
                .setParameter("evidence", evidence)
                .executeUpdate();
    }

    /** Files what was logged about a record under the record it was joined into. */
    public void repoint(MergeSubject subject, long fromId, long toId) {
        entityManager.createNativeQuery("""
                        UPDATE merge_log SET subject_id = :to WHERE subject = :subject AND subject_id = :from""")
                .setParameter("subject", subject.name())
                .setParameter("from", fromId)
                .setParameter("to", toId)
                .executeUpdate();
    }
}
