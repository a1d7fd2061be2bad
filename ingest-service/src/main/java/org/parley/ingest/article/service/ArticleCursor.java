package org.parley.ingest.article.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** An opaque position in the newest-first list of articles. */
public record ArticleCursor(OffsetDateTime receivedAt, UUID id) {

    public String encode() {
        String plain = receivedAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; throws IllegalArgumentException for anything we did not issue. */
    public static ArticleCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new ArticleCursor(OffsetDateTime.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Invalid cursor: " + cursor);
        }
    }
}
