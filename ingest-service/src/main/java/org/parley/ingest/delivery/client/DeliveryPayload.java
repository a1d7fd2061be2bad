package org.parley.ingest.delivery.client;

import org.parley.ingest.extraction.ExtractedActor;
import org.parley.ingest.extraction.ExtractedEngagement;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.quotes.ExtractedQuote;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code PUT /extractions/{articleId}} on entity-service (see docs/architecture.md). {@code quotes} came
 * later: an extraction stored before it reads back with none.
 */
public record DeliveryPayload(UUID articleId, LocalDate publishedOn, String title, List<ExtractedActor> actors,
                              List<ExtractedEngagement> engagements, List<ExtractedQuote> quotes) {

    public DeliveryPayload {
        quotes = quotes == null ? List.of() : quotes;
    }

    public static DeliveryPayload of(UUID articleId, LocalDate publishedOn, String title, Extraction extraction) {
        return new DeliveryPayload(articleId, publishedOn, title, extraction.actors(), extraction.engagements(),
                extraction.quotes());
    }
}
