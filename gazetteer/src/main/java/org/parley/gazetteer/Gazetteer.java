package org.parley.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The countries and international organisations Parley knows, read once from {@code countries.tsv} and
 * {@code organisations.tsv} beside this class. Each service indexes the forms its own way (how it folds case and
 * punctuation, which forms it needs); the data, and what each column means, is here only.
 */
public final class Gazetteer {

    /** Whether a place is a state or an organisation of states. */
    public enum Kind { COUNTRY, ORGANIZATION }

    /**
     * One country or organisation with its forms, as written in the data. {@code capitals} stand for a country's
     * government when they act ("Washington said") and are places otherwise; {@code cities} are only ever places;
     * {@code seats} (headquarters) are places, and stand for an organisation only where an actor is already known to
     * be an organisation and no other one sits there.
     * {@code code} is a country's ISO 3166-1 alpha-3 code. Organisations have no code, demonyms, capitals or
     * cities; countries have no seats.
     */
    public record Place(String name, Kind kind, String code, List<String> aliases, List<String> demonyms,
                        List<String> capitals, List<String> cities, List<String> seats) {
    }

    private static final List<Place> PLACES = load();

    private Gazetteer() {
    }

    /** Every country, in file order, then every organisation. */
    public static List<Place> places() {
        return PLACES;
    }

    private static List<Place> load() {
        List<Place> places = new ArrayList<>();
        for (String[] row : rows("countries.tsv")) {
            places.add(new Place(row[0], Kind.COUNTRY, row[5], field(row, 1), field(row, 2), field(row, 3),
                    field(row, 4), List.of()));
        }
        for (String[] row : rows("organisations.tsv")) {
            places.add(new Place(row[0], Kind.ORGANIZATION, null, field(row, 1), List.of(), List.of(), List.of(),
                    field(row, 2)));
        }
        return List.copyOf(places);
    }

    private static List<String> field(String[] row, int index) {
        List<String> forms = new ArrayList<>();
        if (row.length > index) {
            for (String form : row[index].split(";")) {
                if (!form.isBlank()) {
                    forms.add(form.trim());
                }
            }
        }
        return List.copyOf(forms);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
