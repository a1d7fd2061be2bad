package org.parley.gateway.subgraph;

/** A subgraph could not be reached, timed out or did not answer GraphQL. */
public class SubgraphUnavailableException extends RuntimeException {

    private final Subgraph subgraph;

    public SubgraphUnavailableException(Subgraph subgraph, String reason, Throwable cause) {
        super(subgraph.name().toLowerCase() + " subgraph unavailable: " + reason, cause);
        this.subgraph = subgraph;
    }

    public Subgraph subgraph() {
        return subgraph;
    }
}
