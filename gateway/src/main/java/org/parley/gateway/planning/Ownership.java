package org.parley.gateway.planning;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.gateway.subgraph.Subgraph;

/**
 * Which subgraph resolves each field of the client schema (docs/architecture.md, "Subgraphs"). A field absent from
 * these tables belongs to whichever subgraph is resolving its parent object.
 */
public final class Ownership {

    /** The key field every entity shared across subgraphs is identified by. */
    public static final String KEY_FIELD = "id";

    private static final Map<String, Subgraph> ROOT_FIELDS = Map.of(
            "Query.actors", Subgraph.ENTITY,
            "Query.actor", Subgraph.ENTITY,
            "Query.engagements", Subgraph.ENTITY,
            "Query.engagement", Subgraph.ENTITY,
            "Query.quotes", Subgraph.ENTITY,
            "Query.articles", Subgraph.INGEST,
            "Query.article", Subgraph.INGEST,
            "Mutation.ingestArticle", Subgraph.INGEST,
            "Mutation.retryArticle", Subgraph.INGEST,
            "Subscription.engagementRecorded", Subgraph.ENTITY);

    /** Fields of {@code Article} that entity-service resolves; the rest (but {@code id}) are ingest-service's. */
    private static final Set<String> ENTITY_ARTICLE_FIELDS = Set.of("engagements", "actors", "quotes");

    private static final Set<String> ENTITY_TYPES = Set.of("Actor", "Engagement", "Participant", "DateSpan",
            "Evidence", "Counterpart", "EventCoding", "ActorConnection", "ActorEdge", "EngagementConnection",
            "EngagementEdge", "Quote", "QuoteConnection", "QuoteEdge");

    private static final Set<String> INGEST_TYPES = Set.of("ArticleConnection", "ArticleEdge");

    /**
     * Fields a subgraph also resolves on the object one of its own fields returns (federation {@code @provides}), by
     * that field: entity-service records each delivered article's title with its evidence and quotes.
     */
    private static final Map<Subgraph, Map<String, Set<String>>> PROVIDED = Map.of(
            Subgraph.ENTITY, Map.of("Evidence.article", Set.of("title"), "Quote.article", Set.of("title")));

    private Ownership() {
    }

    /** The subgraph that answers a root field, e.g. {@code Query.actors}. */
    public static Optional<Subgraph> rootOwner(String rootType, String field) {
        return Optional.ofNullable(ROOT_FIELDS.get(rootType + "." + field));
    }

    /**
     * Whether {@code subgraph} can resolve {@code type.field} itself on an object it reached through
     * {@code parentField} (e.g. {@code "Evidence.article"}; null for an entity fetched by key).
     */
    public static boolean resolvable(Subgraph subgraph, String parentField, String type, String field) {
        if (parentField != null
                && PROVIDED.getOrDefault(subgraph, Map.of()).getOrDefault(parentField, Set.of()).contains(field)) {
            return true;
        }
        return owner(type, field).map(owner -> owner == subgraph).orElse(true);
    }

    /** The one subgraph owning {@code type.field}, or empty when any subgraph holding the parent can resolve it. */
    public static Optional<Subgraph> owner(String type, String field) {
        if ("Article".equals(type)) {
            if (KEY_FIELD.equals(field)) {
                return Optional.empty();
            }
            return Optional.of(ENTITY_ARTICLE_FIELDS.contains(field) ? Subgraph.ENTITY : Subgraph.INGEST);
        }
        if (ENTITY_TYPES.contains(type)) {
            return Optional.of(Subgraph.ENTITY);
        }
        if (INGEST_TYPES.contains(type)) {
            return Optional.of(Subgraph.INGEST);
        }
        return Optional.empty();
    }
}
