package org.parley.ingest.article.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.article.graphql.ArticleNode;
import org.parley.ingest.article.model.StoredArticle;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Articles, newest first. GraphQL reads select every column but the raw and normalised texts. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<StoredArticle, UUID> {

    private static final String NODES = "select new " + ArticleNode.class.getName() + "(cast(a.id as String), "
            + "a.title, a.source, a.url, a.publishedOn, a.status, a.receivedAt, a.attempts, a.failureReason) from StoredArticle a";

    public Optional<StoredArticle> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** The articles with these ids, in no particular order. */
    public List<ArticleNode> nodes(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : getEntityManager()
                .createQuery(NODES + " where a.id in :ids", ArticleNode.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** One page in (receivedAt desc, id desc) order, starting after the given position when there is one. */
    public List<ArticleNode> page(int size, OffsetDateTime afterReceivedAt, UUID afterId) {
        String order = " order by a.receivedAt desc, a.id desc";
        var query = afterReceivedAt == null
                ? getEntityManager().createQuery(NODES + order, ArticleNode.class)
                : getEntityManager().createQuery(NODES + " where a.receivedAt < :at or (a.receivedAt = :at and a.id < :id)"
                        + order, ArticleNode.class).setParameter("at", afterReceivedAt).setParameter("id", afterId);
        return query.setMaxResults(size).getResultList();
    }

    /** The normalised text of each article, by id. */
    public Map<UUID, String> texts(List<UUID> ids) {
        Map<UUID, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select a.id, a.text from StoredArticle a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> texts.put((UUID) row[0], (String) row[1]));
        }
        return texts;
    }
}
