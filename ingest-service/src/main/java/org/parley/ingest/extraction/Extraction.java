package org.parley.ingest.extraction;

import java.util.List;

/**
 * What one article says: its actors and the engagements between them. This is also the body ingest-service
 * delivers to entity-service, so field names are part of that HTTP contract.
 */
public record Extraction(List<ExtractedActor> actors, List<ExtractedEngagement> engagements) {

    public Extraction {
        actors = List.copyOf(actors);
        engagements = List.copyOf(engagements);
    }
}
