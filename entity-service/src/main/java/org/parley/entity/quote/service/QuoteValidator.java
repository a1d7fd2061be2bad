package org.parley.entity.quote.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.delivery.model.ExtractionDelivery.ExtractedQuote;
import org.parley.entity.delivery.service.InvalidDeliveryException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the {@code quotes} of a delivery (optional: older senders have none), naming the first bad field. */
@ApplicationScoped
public class QuoteValidator {

    static final int MAX_QUOTE_LENGTH = 20_000;
    /** The most quotes of one delivery. */
    static final int MAX_QUOTES = 500;

    public List<ValidQuote> validate(List<ExtractedQuote> quotes, Set<String> actorRefs) {
        if (quotes == null) {
            return List.of();
        }
        if (quotes.size() > MAX_QUOTES) {
            throw new InvalidDeliveryException("quotes: more than " + MAX_QUOTES + ", got " + quotes.size());
        }
        List<ValidQuote> valid = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String field = "quotes[" + i + "]";
            ExtractedQuote q = quotes.get(i);
            if (q == null) {
                throw new InvalidDeliveryException(field + ": null quote");
            }
            if (q.text() == null || q.text().isBlank()) {
                throw new InvalidDeliveryException(field + ".text: missing");
            }
            if (q.text().length() > MAX_QUOTE_LENGTH) {
                throw new InvalidDeliveryException(field + ".text: longer than " + MAX_QUOTE_LENGTH + " characters");
            }
            if (q.start() == null || q.end() == null || q.start() < 0 || q.end() < q.start()) {
                throw new InvalidDeliveryException(field + ": offsets must satisfy 0 <= start <= end, got "
                        + q.start() + ".." + q.end());
            }
            if (q.speakerRef() != null && !actorRefs.contains(q.speakerRef())) {
                throw new InvalidDeliveryException(field + ".speakerRef: unknown actor ref '" + q.speakerRef() + "'");
            }
            LocalDate saidOn;
            try {
                saidOn = q.saidOn() == null ? null : LocalDate.parse(q.saidOn());
            } catch (DateTimeParseException e) {
                throw new InvalidDeliveryException(field + ".saidOn: '" + q.saidOn() + "' is not an ISO date (YYYY-MM-DD)");
            }
            valid.add(new ValidQuote(q.text(), q.speakerRef(), q.start(), q.end(), saidOn));
        }
        return valid;
    }
}
