package org.parley.ingest.quotes;

import java.time.LocalDate;

/**
 * A quotation as delivered to entity-service (part of the {@code PUT /extractions} contract).
 *
 * @param text       the quoted words without the quotation marks
 * @param speakerRef ref of the extracted actor who said it; null when the text does not tell
 * @param start      offset of the first quoted character in the normalised article text ({@code Article.text})
 * @param end        offset after the last quoted character
 * @param saidOn     the day the text gives for the statement, else the article's date (null when neither is known)
 */
public record ExtractedQuote(String text, String speakerRef, int start, int end, LocalDate saidOn) {
}
