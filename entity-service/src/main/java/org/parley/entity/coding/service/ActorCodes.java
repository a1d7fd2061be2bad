package org.parley.entity.coding.service;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.service.Gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Actor codes where the standards define them: the PLOVER entity {@code code} (ISO 3166-1 alpha-3 for a country,
 * PLOVER's UNO/EUR/IGO for international organisations) and {@code sector} (PLOVER's, after CAMEO's agent codes:
 * GOV, MIL, LEG, JUD, SPY, COP), the sector read from a person's title. See docs/coding.md.
 */
public final class ActorCodes {

    /** PLOVER's own codes for the two organisations it names; any other gazetteer organisation is an IGO. */
    private static final Map<String, String> ORGANISATIONS = Map.of(
            "United Nations", "UNO", "UN Security Council", "UNO", "European Union", "EUR");

    /** Title words per sector, tried in this order (a "Defence Minister" is GOV, a "General" MIL). */
    private static final List<Map.Entry<String, Pattern>> SECTORS = List.of(
            Map.entry("GOV", words("minister|ministers|secretary|president|vice-president|chancellor|premier|"
                    + "king|queen|prince|emir|sultan|monarch|ambassador|envoy|diplomat|spokesperson|spokesman|"
                    + "spokeswoman|governor|mayor|attorney|official|leader|head of state|head of government")),
            Map.entry("SPY", words("intelligence|spy")),
            Map.entry("MIL", words("general|admiral|commander|marshal|colonel|military|army|navy|air force|"
                    + "chief of staff|chief of the general staff")),
            Map.entry("LEG", words("senator|lawmaker|legislator|parliament|parliamentarian|congressman|"
                    + "congresswoman|speaker|mp")),
            Map.entry("JUD", words("judge|justice|court|prosecutor")),
            Map.entry("COP", words("police")));

    private ActorCodes() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }

    /**
     * The entity code of a participant: its own country's, or (for a person) that of the country or organisation
     * they act for; null when that is unknown or outside the gazetteer.
     */
    public static String code(ActorKind kind, String name, ActorKind affiliationKind, String affiliationName) {
        return switch (kind) {
            case COUNTRY, ORGANIZATION -> codeOf(kind, name);
            case PERSON -> affiliationKind == null ? null : codeOf(affiliationKind, affiliationName);
        };
    }

    private static String codeOf(ActorKind kind, String name) {
        Optional<Gazetteer.Place> place = Gazetteer.lookup(name, kind).filter(p -> p.kind() == kind);
        if (place.isEmpty()) {
            return null;
        }
        String canonical = place.get().canonicalName();
        return kind == ActorKind.COUNTRY ? place.get().code() : ORGANISATIONS.getOrDefault(canonical, "IGO");
    }

    /** The sector a person's title names, or null (countries and organisations have none here). */
    public static String sector(ActorKind kind, String title) {
        if (kind != ActorKind.PERSON || title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        // "Attorney General", "Secretary-General", "Governor-General" are offices, not ranks
        String withoutCivilGenerals = lower.replaceAll("(attorney|secretary|governor|solicitor|inspector)[ -]general",
                "$1");
        for (Map.Entry<String, Pattern> sector : SECTORS) {
            if (sector.getValue().matcher(withoutCivilGenerals).find()) {
                return sector.getKey();
            }
        }
        return null;
    }
}
