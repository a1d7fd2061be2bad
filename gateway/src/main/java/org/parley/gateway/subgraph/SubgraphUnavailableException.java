package org.parley.gateway.subgraph;

/**
 * A subgraph could not be reached, timed out or did not answer GraphQL. The message is shown to clients, so it says
 * which subgraph and what went wrong in words of our own, never an exception's text or a host name; the cause has
 * the details for the log.
 */
public class SubgraphUnavailableException extends RuntimeException {

    private final Subgraph subgraph;

    public SubgraphUnavailableException(Subgraph subgraph, String reason, Throwable cause) {
        super(subgraph.name().toLowerCase() + " subgraph unavailable: " + reason, cause);
        this.subgraph = subgraph;
    }

    public Subgraph subgraph() {
        return subgraph;
    }

    /** The message and, for the log, the cause's own text. */
    public String detail() {
        return getCause() == null ? getMessage() : getMessage() + " (" + getCause() + ")";
    }
}
