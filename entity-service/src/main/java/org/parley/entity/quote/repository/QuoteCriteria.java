package org.parley.entity.quote.repository;

import java.time.LocalDate;
import java.util.List;

/** A checked {@code QuoteFilter}: null fields do not filter. */
public record QuoteCriteria(List<Long> speakerIds, String text, LocalDate from, LocalDate to) {

    public static final QuoteCriteria NONE = new QuoteCriteria(null, null, null, null);
}
