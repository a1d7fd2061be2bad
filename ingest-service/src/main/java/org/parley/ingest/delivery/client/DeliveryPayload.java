package org.parley.ingest.delivery.client;

import org.parley.ingest.extraction.ExtractedActor;
import org.parley.ingest.extraction.ExtractedEngagement;
import org.parley.ingest.extraction.Extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code PUT /extractions/{articleId}} on entity-service (see docs/architecture.md). */
public record DeliveryPayload(UUID articleId, LocalDate publishedOn, String title, List<ExtractedActor> actors,
                              List<ExtractedEngagement> engagements) {

    public static DeliveryPayload of(UUID articleId, LocalDate publishedOn, String title, Extraction extraction) {
        return new DeliveryPayload(articleId, publishedOn, title, extraction.actors(), extraction.engagements());
    }
}
