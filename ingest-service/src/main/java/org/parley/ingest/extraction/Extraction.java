package org.parley.ingest.extraction;

import org.parley.ingest.quotes.ExtractedQuote;

import java.util.List;

/**
 * What one article says: its actors, the engagements between them and the quotes of its speakers. This is also the
 * body ingest-service delivers to entity-service, so field names are part of that HTTP contract.
 */
public record Extraction(List<ExtractedActor> actors, List<ExtractedEngagement> engagements,
                         List<ExtractedQuote> quotes) {

    public Extraction {
        actors = List.copyOf(actors);
        engagements = List.copyOf(engagements);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    public Extraction(List<ExtractedActor> actors, List<ExtractedEngagement> engagements) {
        this(actors, engagements, List.of());
    }

    /** This extraction with these quotes. */
    public Extraction withQuotes(List<ExtractedQuote> found) {
        return new Extraction(actors, engagements, found);
    }
}
