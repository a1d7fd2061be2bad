package org.parley.entity.delivery.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.delivery.model.ValidDelivery;

/** The processed-article table that makes deliveries idempotent. */
@ApplicationScoped
public class ProcessedArticleRepository {

    @Inject
    EntityManager entityManager;

    /**
     * Claims the article for this transaction, recording its date and title: true when it was not processed before.
     * A concurrent delivery of the same article waits here until the first commits, then gets false.
     */
    public boolean claim(ValidDelivery delivery) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_article (article_id, published_on, title) VALUES (:id, :publishedOn, :title)
                        ON CONFLICT (article_id) DO NOTHING""")
                .setParameter("id", delivery.articleId())
                .setParameter("publishedOn", delivery.publishedOn())
                .setParameter("title", delivery.title())
                .executeUpdate();
        return inserted == 1;
    }
}
