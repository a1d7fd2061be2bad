package org.parley.gateway.subgraph;

import java.util.List;
import java.util.Map;

/**
 * The decoded JSON answer of one subgraph request: {@code data} (may be null), raw {@code errors}, and its size in
 * bytes as received.
 */
public record SubgraphResponse(Subgraph subgraph, Map<String, Object> data, List<Map<String, Object>> errors,
                               int bytes) {

    public SubgraphResponse {
        errors = errors == null ? List.of() : errors;
    }
}
