package org.parley.ingest.article.service;

import org.parley.ingest.article.api.ArticleInput;
import org.parley.ingest.article.api.InvalidRequestException;

import java.time.LocalDate;

/**
 * Checks an article's metadata before anything is stored, so that hostile values answer 400 / BAD_USER_INPUT naming
 * the field instead of failing in the database (PostgreSQL refuses NUL in text and years past 5874897). The text
 * itself is checked by the normaliser.
 */
final class ArticleInputCheck {

    static final int MAX_TITLE = 1_000;
    static final int MAX_SOURCE = 300;
    static final int MAX_URL = 2_048;
    /** ISO 8601 four-digit years: what every consumer of the API can represent. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private ArticleInputCheck() {
    }

    static void check(ArticleInput input) {
        checkText("title", input.title(), MAX_TITLE);
        checkText("source", input.source(), MAX_SOURCE);
        checkText("url", input.url(), MAX_URL);
        LocalDate date = input.publishedOn();
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidRequestException("publishedOn must be a date between 0001-01-01 and 9999-12-31");
        }
    }

    private static void checkText(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw new InvalidRequestException(field + " has " + value.length() + " characters; the limit is "
                    + maxLength);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new InvalidRequestException(field + " contains a NUL character at offset " + i);
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
                throw new InvalidRequestException(field + " contains an unpaired surrogate at offset " + i);
            }
        }
    }
}
