package org.parley.ingest.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.article.model.StoredArticle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Articles, newest first. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<StoredArticle, UUID> {

    public Optional<StoredArticle> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public List<StoredArticle> listByIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** One page in (receivedAt desc, id desc) order, starting after the given position when there is one. */
    public List<StoredArticle> page(int size, OffsetDateTime afterReceivedAt, UUID afterId) {
        String order = " order by receivedAt desc, id desc";
        if (afterReceivedAt == null) {
            return find("from StoredArticle" + order).page(0, size).list();
        }
        return find("from StoredArticle where receivedAt < ?1 or (receivedAt = ?1 and id < ?2)" + order,
                afterReceivedAt, afterId).page(0, size).list();
    }
}
