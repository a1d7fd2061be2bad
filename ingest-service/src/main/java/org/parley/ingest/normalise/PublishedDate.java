package org.parley.ingest.normalise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.parley.ingest.normalise.NormalisedArticle.DateSource;

/**
 * Collects the date evidence met while cleaning and picks the publication date by trust: the client's date, then a
 * publication date printed in the text, then a dateline (its year from the text), then an "Updated" date; else none.
 */
final class PublishedDate {

    /** The chosen date and where it came from; {@code date} is null exactly when the source is NONE. */
    record Choice(LocalDate date, DateSource source) {
    }

    private final List<LocalDate> published = new ArrayList<>();
    private final List<LocalDate> updated = new ArrayList<>();
    private DatePatterns.Dateline dateline;

    void add(DatePatterns.FoundDate found) {
        (found.updated() ? updated : published).add(found.date());
    }

    void addDateline(DatePatterns.Dateline found) {
        if (dateline == null) {
            dateline = found;
        }
    }

    Choice choose(LocalDate clientPublishedOn) {
        if (clientPublishedOn != null) {
            return new Choice(clientPublishedOn, DateSource.CLIENT);
        }
        if (!published.isEmpty()) {
            return new Choice(published.get(0), DateSource.TEXT);
        }
        Optional<LocalDate> fromDateline = datelineDate();
        if (fromDateline.isPresent()) {
            return new Choice(fromDateline.get(), DateSource.TEXT);
        }
        if (!updated.isEmpty()) {
            return new Choice(updated.get(0), DateSource.TEXT);
        }
        return new Choice(null, DateSource.NONE);
    }

    /**
     * The dateline's date, its year taken from the dateline itself, else from the nearest full date in the text;
     * empty when no year is known, because a year is never guessed.
     */
    private Optional<LocalDate> datelineDate() {
        if (dateline == null) {
            return Optional.empty();
        }
        if (dateline.year() != null) {
            return safeAtYear(dateline.year());
        }
        Optional<LocalDate> reference = Stream.concat(published.stream(), updated.stream()).findFirst();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        // Around New Year the dateline's year may differ from the reference's: take the closest candidate.
        LocalDate ref = reference.get();
        return Stream.of(ref.getYear() - 1, ref.getYear(), ref.getYear() + 1)
                .map(this::safeAtYear).flatMap(Optional::stream)
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(d, ref))));
    }

    private Optional<LocalDate> safeAtYear(int year) {
        return dateline.monthDay().isValidYear(year) ? Optional.of(dateline.monthDay().atYear(year)) : Optional.empty();
    }
}
