package org.parley.entity.coding.service;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.service.Gazetteer;
import org.parley.entity.actor.service.NameKeys;

import java.util.Collection;
import java.util.Optional;

/** Countries of places and actors, by the gazetteer's canonical names, so that a venue and a home compare equal. */
public final class Places {

    private Places() {
    }

    /** The canonical name of the country an actor of this name is, or the name itself when the gazetteer lacks it. */
    public static String home(String countryName) {
        return Gazetteer.lookup(countryName, ActorKind.COUNTRY).filter(place -> place.kind() == ActorKind.COUNTRY)
                .map(Gazetteer.Place::canonicalName).orElse(countryName);
    }

    /**
     * The country a reported location lies in: the gazetteer's country for the location or one of its
     * comma-separated parts ("Kyiv", "Jeddah, Saudi Arabia"), else a participant's home the location names.
     */
    public static Optional<String> venue(String location, Collection<String> homes) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        for (String part : location.split(",")) {
            Optional<String> country = Gazetteer.lookup(part.strip(), ActorKind.COUNTRY)
                    .filter(place -> place.kind() == ActorKind.COUNTRY).map(Gazetteer.Place::canonicalName);
            if (country.isPresent()) {
                return country;
            }
            String folded = NameKeys.fold(part.strip());
            Optional<String> home = homes.stream().filter(h -> NameKeys.fold(h).equals(folded)).findFirst();
            if (home.isPresent()) {
                return home;
            }
        }
        return Optional.empty();
    }
}
