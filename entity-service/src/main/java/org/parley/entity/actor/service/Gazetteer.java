package org.parley.entity.actor.service;

import org.parley.entity.actor.model.ActorKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical countries and organisations by any of their forms, from the shared gazetteer module: names,
 * abbreviations, demonyms, capitals, seats and cities. Only consulted for actors the extractor already calls a
 * country or organisation, so "Washington" becomes the United States only where it names the government. A form
 * with several readings gives the only one of the kind asked for, else the strongest: a name or demonym, then a
 * capital, a seat, a city.
 */
public final class Gazetteer {

    /** A canonical country or organisation; {@code code} is a country's ISO 3166-1 alpha-3 code. */
    public record Place(String canonicalName, ActorKind kind, String code) {
    }

    private record Reading(Place place, int strength) {
    }

    private static final Map<String, List<Place>> BY_FORM = index();

    private Gazetteer() {
    }

    private static Map<String, List<Place>> index() {
        Map<String, List<Reading>> readings = new HashMap<>();
        for (org.parley.gazetteer.Gazetteer.Place shared : org.parley.gazetteer.Gazetteer.places()) {
            Place place = new Place(shared.name(), shared.kind() == org.parley.gazetteer.Gazetteer.Kind.COUNTRY
                    ? ActorKind.COUNTRY : ActorKind.ORGANIZATION, shared.code());
            List<List<String>> byStrength = List.of(List.of(shared.name()), shared.aliases(), shared.demonyms(),
                    shared.capitals(), shared.seats(), shared.cities());
            for (int i = 0; i < byStrength.size(); i++) {
                int strength = Math.max(0, i - 2);
                for (String form : byStrength.get(i)) {
                    List<Reading> known = readings.computeIfAbsent(NameKeys.fold(form), f -> new ArrayList<>());
                    if (known.stream().noneMatch(reading -> reading.place().equals(place))) {
                        known.add(new Reading(place, strength));
                    }
                }
            }
        }
        Map<String, List<Place>> index = new HashMap<>();
        readings.forEach((form, known) -> index.put(form, known.stream()
                .sorted(Comparator.comparingInt(Reading::strength)).map(Reading::place).toList()));
        return index;
    }

    /** The canonical place a form names, if the gazetteer knows it: its strongest reading. */
    public static Optional<Place> lookup(String form) {
        return readings(form).stream().findFirst();
    }

    /**
     * The one place of this kind a form names, else its strongest reading: "Jakarta" as an organisation is ASEAN,
     * "Brussels" (seat of the EU, NATO and more) is Belgium whatever is asked.
     */
    public static Optional<Place> lookup(String form, ActorKind kind) {
        List<Place> places = readings(form);
        List<Place> ofKind = places.stream().filter(place -> place.kind() == kind).toList();
        return ofKind.size() == 1 ? Optional.of(ofKind.get(0)) : places.stream().findFirst();
    }

    /** The first of these forms the gazetteer knows, read as {@code kind} where it can be: the name first. */
    public static Optional<Place> lookupAny(List<String> forms, ActorKind kind) {
        for (String form : forms) {
            Optional<Place> place = lookup(form, kind);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    private static List<Place> readings(String form) {
        String folded = NameKeys.fold(form);
        List<Place> places = BY_FORM.get(folded);
        if (places == null && folded.startsWith("the ")) {
            places = BY_FORM.get(folded.substring(4));
        }
        return places == null ? List.of() : places;
    }
}
