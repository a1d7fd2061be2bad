package org.parley.entity.delivery.model;

import java.util.List;

/**
 * The body of {@code PUT /extractions/{articleId}} as ingest-service sends it (see docs/architecture.md). Enum and
 * date values are kept as text here so that a bad value is reported by {@code DeliveryValidator} with the field it
 * came from, rather than as a generic JSON error. {@code title} is the article's title (optional); {@code quotes}
 * are optional too (null from senders that predate them).
 */
public record ExtractionDelivery(
        String articleId,
        String publishedOn,
        String title,
        List<ExtractedActor> actors,
        List<ExtractedEngagement> engagements,
        List<ExtractedQuote> quotes) {

    /** A delivery without quotes, as senders before quotes existed make it. */
    public ExtractionDelivery(String articleId, String publishedOn, String title, List<ExtractedActor> actors,
                              List<ExtractedEngagement> engagements) {
        this(articleId, publishedOn, title, actors, engagements, null);
    }

    /** An actor as one article names it; {@code ref} is local to the article. */
    public record ExtractedActor(String ref, String name, String kind, String title, String affiliationRef,
                                 List<String> mentions) {
    }

    /** One reported engagement: one sentence of the article. */
    public record ExtractedEngagement(String type, String status, ExtractedDate date, String location,
                                      List<ExtractedParticipant> participants, ExtractedEvidence evidence) {
    }

    /** The date span a report gives. */
    public record ExtractedDate(String start, String end, String precision, String text) {
    }

    /** A participant, by the {@code ref} of an actor of the same delivery. */
    public record ExtractedParticipant(String actorRef, String role) {
    }

    /**
     * A quotation (optional; validated by {@code org.parley.entity.quote.service.QuoteValidator}): the quoted words,
     * the ref of its speaker or null, offsets of the words in the article's normalised text, the day it was said.
     */
    public record ExtractedQuote(String text, String speakerRef, Integer start, Integer end, String saidOn) {
    }

    /** The sentence reporting an engagement and its offsets in the article's normalised text. */
    public record ExtractedEvidence(String sentence, Integer start, Integer end) {
    }
}
