package org.parley.gateway.subgraph;

/** The services whose subgraphs the gateway composes. */
public enum Subgraph {
    /** entity-service: actors, engagements, evidence. */
    ENTITY,
    /** ingest-service: articles and the ingest mutation. */
    INGEST
}
