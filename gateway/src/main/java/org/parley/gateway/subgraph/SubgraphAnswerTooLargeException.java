package org.parley.gateway.subgraph;

/** A subgraph's answer is larger than {@code parley.limits.max-response-bytes}: the query asks for too much. */
public class SubgraphAnswerTooLargeException extends RuntimeException {

    public SubgraphAnswerTooLargeException(long limitBytes) {
        super("The answer would be larger than " + limitBytes / (1024 * 1024) + " MiB (" + limitBytes
                + " bytes); select fewer fields or a smaller page");
    }
}
