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

    /** ISO 3166-1 alpha-3 codes of the gazetteer's countries, by canonical name. */
    private static final Map<String, String> ALPHA3 = Map.ofEntries(
            Map.entry("United States", "USA"), Map.entry("United Kingdom", "GBR"), Map.entry("Russia", "RUS"),
            Map.entry("Ukraine", "UKR"), Map.entry("Belarus", "BLR"), Map.entry("China", "CHN"),
            Map.entry("Taiwan", "TWN"), Map.entry("Japan", "JPN"), Map.entry("South Korea", "KOR"),
            Map.entry("North Korea", "PRK"), Map.entry("India", "IND"), Map.entry("Pakistan", "PAK"),
            Map.entry("Afghanistan", "AFG"), Map.entry("Iran", "IRN"), Map.entry("Iraq", "IRQ"),
            Map.entry("Syria", "SYR"), Map.entry("Israel", "ISR"), Map.entry("Palestine", "PSE"),
            Map.entry("Saudi Arabia", "SAU"), Map.entry("United Arab Emirates", "ARE"), Map.entry("Qatar", "QAT"),
            Map.entry("Egypt", "EGY"), Map.entry("Turkey", "TUR"), Map.entry("Germany", "DEU"),
            Map.entry("France", "FRA"), Map.entry("Italy", "ITA"), Map.entry("Spain", "ESP"),
            Map.entry("Portugal", "PRT"), Map.entry("Netherlands", "NLD"), Map.entry("Belgium", "BEL"),
            Map.entry("Poland", "POL"), Map.entry("Czech Republic", "CZE"), Map.entry("Slovakia", "SVK"),
            Map.entry("Hungary", "HUN"), Map.entry("Romania", "ROU"), Map.entry("Bulgaria", "BGR"),
            Map.entry("Moldova", "MDA"), Map.entry("Georgia", "GEO"), Map.entry("Armenia", "ARM"),
            Map.entry("Azerbaijan", "AZE"), Map.entry("Kazakhstan", "KAZ"), Map.entry("Lithuania", "LTU"),
            Map.entry("Latvia", "LVA"), Map.entry("Estonia", "EST"), Map.entry("Finland", "FIN"),
            Map.entry("Sweden", "SWE"), Map.entry("Norway", "NOR"), Map.entry("Denmark", "DNK"),
            Map.entry("Ireland", "IRL"), Map.entry("Austria", "AUT"), Map.entry("Switzerland", "CHE"),
            Map.entry("Greece", "GRC"), Map.entry("Serbia", "SRB"), Map.entry("Canada", "CAN"),
            Map.entry("Mexico", "MEX"), Map.entry("Brazil", "BRA"), Map.entry("Argentina", "ARG"),
            Map.entry("Venezuela", "VEN"), Map.entry("Cuba", "CUB"), Map.entry("Australia", "AUS"),
            Map.entry("New Zealand", "NZL"), Map.entry("Indonesia", "IDN"), Map.entry("Vietnam", "VNM"),
            Map.entry("Philippines", "PHL"), Map.entry("South Africa", "ZAF"), Map.entry("Nigeria", "NGA"),
            Map.entry("Ethiopia", "ETH"), Map.entry("Kenya", "KEN"));

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
        Optional<Gazetteer.Place> place = Gazetteer.lookup(name).filter(p -> p.kind() == kind);
        if (place.isEmpty()) {
            return null;
        }
        String canonical = place.get().canonicalName();
        return kind == ActorKind.COUNTRY ? ALPHA3.get(canonical) : ORGANISATIONS.getOrDefault(canonical, "IGO");
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
