package org.parley.entity.quote.service;

import java.time.LocalDate;

/** A delivered quote that passed validation; {@code speakerRef} is an actor ref of the same delivery, or null. */
public record ValidQuote(String text, String speakerRef, int start, int end, LocalDate saidOn) {
}
