package org.parley.gateway.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.subgraph.Subgraph;
import org.parley.gateway.subgraph.SubgraphClient;
import org.parley.gateway.subgraph.SubgraphResponse;

/** Article URLs are ingest-service's: one {@code _entities} batch per chunk of exported rows. */
@ApplicationScoped
public class ArticleUrls {

    private static final Logger LOG = Logger.getLogger(ArticleUrls.class);
    private static final String QUERY = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Article { id url } }
            }""";

    private final SubgraphClient subgraphs;
    private final long timeoutMillis;

    ArticleUrls(SubgraphClient subgraphs, GatewayConfig config) {
        this.subgraphs = subgraphs;
        this.timeoutMillis = config.subgraphs().requestTimeout().toMillis();
    }

    /**
     * The URL of each of these articles that has one. Rows already streamed cannot be taken back, so when
     * ingest-service does not answer the rows go out without URLs (and the failure is logged).
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> of(Collection<String> articleIds) {
        Map<String, String> urls = new HashMap<>();
        if (articleIds.isEmpty()) {
            return urls;
        }
        List<Map<String, Object>> representations = articleIds.stream()
                .map(id -> Map.<String, Object>of("__typename", "Article", "id", id)).toList();
        try {
            SubgraphResponse response = subgraphs.execute(Subgraph.INGEST, QUERY,
                    Map.of("representations", representations), null).toCompletableFuture()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
            Object entities = response.data() == null ? null : response.data().get("_entities");
            if (entities instanceof List<?> list) {
                for (Object entity : list) {
                    if (entity instanceof Map<?, ?> article && article.get("url") != null) {
                        urls.put(String.valueOf(article.get("id")), String.valueOf(article.get("url")));
                    }
                }
            }
            if (!response.errors().isEmpty()) {
                LOG.warnf("Export: ingest-service answered article URLs with errors: %s", response.errors());
            }
        } catch (Exception e) {
            LOG.warnf("Export: no article URLs for %d articles: %s", articleIds.size(), e.toString());
        }
        return urls;
    }
}
