package org.parley.gateway.subgraph;

import java.util.List;
import java.util.Map;

/** The decoded JSON answer of one subgraph request: {@code data} (may be null) and raw {@code errors}. */
public record SubgraphResponse(Subgraph subgraph, Map<String, Object> data, List<Map<String, Object>> errors) {

    public SubgraphResponse {
        errors = errors == null ? List.of() : errors;
    }
}
