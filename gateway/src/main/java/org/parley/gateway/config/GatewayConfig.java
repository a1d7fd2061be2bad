package org.parley.gateway.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed gateway configuration under the {@code parley.*} prefix. */
@ConfigMapping(prefix = "parley")
public interface GatewayConfig {

    /** The subgraphs the gateway plans over ({@code parley.subgraphs.*}). */
    Subgraphs subgraphs();

    /** Query protection limits ({@code parley.limits.*}). */
    Limits limits();

    /** Browser origins allowed to call the gateway ({@code parley.cors.*}). */
    Cors cors();

    /** Forwarding of queries that one subgraph answers whole ({@code parley.forwarding.*}). */
    Forwarding forwarding();

    /** The streaming export ({@code parley.export.*}). */
    Export export();

    /** {@code GET /export/engagements}. */
    interface Export {
        /**
         * How long entity-service may take to start answering an export ({@code parley.export.first-row-timeout}):
         * its first chunk may need a long scan under a narrow filter, so this is longer than a subgraph request's.
         */
        @WithDefault("60s")
        Duration firstRowTimeout();
    }

    /** Queries one subgraph answers whole go to it as the client wrote them, and its answer back unchanged. */
    interface Forwarding {
        /**
         * Forward such queries instead of executing them field by field ({@code parley.forwarding.enabled}); off
         * only to compare the two paths.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Total length of the query texts whose analysis is kept ({@code parley.forwarding.cache-chars}); a kept
         * document takes about 40 bytes per character of its text.
         */
        @WithDefault("262144")
        long cacheChars();
    }

    /** CORS allow-list; Quarkus' CORS filter reads it through {@code quarkus.http.cors.origins=${parley.cors.origins}}. */
    interface Cors {
        /** Allowed origins, comma separated ({@code parley.cors.origins}, env {@code PARLEY_CORS_ORIGINS}). */
        List<String> origins();
    }

    /** Subgraph endpoints and HTTP behaviour. */
    interface Subgraphs {
        /** entity-service subgraph ({@code parley.subgraphs.entity.url}). */
        Endpoint entity();

        /** ingest-service subgraph ({@code parley.subgraphs.ingest.url}). */
        Endpoint ingest();

        /** Time to open a TCP connection to a subgraph ({@code parley.subgraphs.connect-timeout}). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Time a whole subgraph request may take ({@code parley.subgraphs.request-timeout}). */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Pooled HTTP connections per subgraph ({@code parley.subgraphs.max-pool-size}). */
        @WithDefault("32")
        int maxPoolSize();
    }

    /** One subgraph endpoint. */
    interface Endpoint {
        /** GraphQL HTTP URL, e.g. {@code http://localhost:8082/graphql}; websocket URL is derived from it. */
        String url();
    }

    /** Limits checked before any subgraph is called. */
    interface Limits {
        /** Deepest field nesting allowed ({@code parley.limits.max-depth}). */
        @WithDefault("12")
        int maxDepth();

        /** Largest estimated cost allowed ({@code parley.limits.max-complexity}); see {@code QueryCost}. */
        @WithDefault("20000")
        int maxComplexity();

        /** Largest {@code first} argument allowed ({@code parley.limits.max-page-size}). */
        @WithDefault("100")
        int maxPageSize();

        /**
         * What a subgraph answers for a field taking {@code first} when it is not given
         * ({@code parley.limits.default-page-size}, entity-service's {@code parley.graphql.default-page-size}); the cost
         * counts that many.
         */
        @WithDefault("50")
        int defaultPageSize();

        /**
         * Largest answer a subgraph may give to one request ({@code parley.limits.max-response-bytes}, 10 MiB); a bigger
         * one is refused with {@code RESPONSE_TOO_LARGE} instead of being decoded and sent on.
         */
        @WithDefault("10485760")
        int maxResponseBytes();
    }
}
