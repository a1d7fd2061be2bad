package org.parley.gateway.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.parley.gateway.subgraph.Subgraph;

/**
 * What a subgraph request left unresolved, shaped like the response: per result key the child objects' plans, and
 * at each object the fields another subgraph must add through {@code _entities}.
 */
final class PlanNode {

    final String typeName;
    final Map<String, PlanNode> children = new LinkedHashMap<>();
    final Map<Subgraph, List<SelectedField>> deferred = new EnumMap<>(Subgraph.class);

    PlanNode(String typeName) {
        this.typeName = typeName;
    }

    void defer(Subgraph subgraph, SelectedField field) {
        deferred.computeIfAbsent(subgraph, s -> new ArrayList<>()).add(field);
    }

    /** Whether this node or any below it needs another subgraph. */
    boolean needsEntities() {
        if (!deferred.isEmpty()) {
            return true;
        }
        for (PlanNode child : children.values()) {
            if (child.needsEntities()) {
                return true;
            }
        }
        return false;
    }
}
