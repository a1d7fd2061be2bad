package org.parley.entity.delivery.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.UUID;

/** The processed-article table that makes deliveries idempotent. */
@ApplicationScoped
public class ProcessedArticleRepository {

    @Inject
    EntityManager entityManager;

    /**
     * Claims the article for this transaction: true when it was not processed before. A concurrent delivery of the
     * same article waits here until the first commits, then gets false.
     */
    public boolean claim(UUID articleId, LocalDate publishedOn) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_article (article_id, published_on) VALUES (:id, :publishedOn)
                        ON CONFLICT (article_id) DO NOTHING""")
                .setParameter("id", articleId)
                .setParameter("publishedOn", publishedOn)
                .executeUpdate();
        return inserted == 1;
    }
}
