package org.parley.entity.actor.service;

import org.parley.entity.actor.model.ActorKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact gazetteer of countries and international organisations: every common form (name, short name,
 * abbreviation, demonym, capital or seat of government) maps to one canonical entry. Only consulted for actors the
 * extractor already calls a country or organisation, so "Washington" becomes the United States only where it names
 * the government.
 */
public final class Gazetteer {

    /** A canonical country or organisation. */
    public record Place(String canonicalName, ActorKind kind) {
    }

    private static final Map<String, Place> BY_FORM = new HashMap<>();

    static {
        country("United States", "US", "USA", "U.S.", "U.S.A.", "United States of America", "America", "American",
                "Americans", "Washington", "the United States", "the US");
        country("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "London", "the UK");
        country("Russia", "Russian Federation", "Russian", "Russians", "Moscow", "Kremlin", "the Kremlin");
        country("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "the Ukraine");
        country("Belarus", "Belarusian", "Minsk", "Byelorussia");
        country("China", "People's Republic of China", "PRC", "Chinese", "Beijing");
        country("Taiwan", "Taiwanese", "Taipei");
        country("Japan", "Japanese", "Tokyo");
        country("South Korea", "Republic of Korea", "ROK", "South Korean", "Seoul", "Korea");
        country("North Korea", "DPRK", "North Korean", "Pyongyang");
        country("India", "Indian", "New Delhi", "Delhi");
        country("Pakistan", "Pakistani", "Islamabad");
        country("Afghanistan", "Afghan", "Kabul");
        country("Iran", "Iranian", "Tehran", "Islamic Republic of Iran");
        country("Iraq", "Iraqi", "Baghdad");
        country("Syria", "Syrian", "Damascus");
        country("Israel", "Israeli", "Jerusalem");
        country("Palestine", "Palestinian", "Palestinians", "Ramallah");
        country("Saudi Arabia", "Saudi", "Riyadh");
        country("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi");
        country("Qatar", "Qatari", "Doha");
        country("Egypt", "Egyptian", "Cairo");
        country("Turkey", "Turkiye", "Türkiye", "Turkish", "Ankara");
        country("Germany", "German", "Berlin", "Federal Republic of Germany");
        country("France", "French", "Paris", "Elysee", "Élysée");
        country("Italy", "Italian", "Rome");
        country("Spain", "Spanish", "Madrid");
        country("Portugal", "Portuguese", "Lisbon");
        country("Netherlands", "Dutch", "The Hague", "Holland", "Amsterdam");
        country("Belgium", "Belgian");
        country("Poland", "Polish", "Warsaw");
        country("Czech Republic", "Czechia", "Czech", "Prague");
        country("Slovakia", "Slovak", "Bratislava");
        country("Hungary", "Hungarian", "Budapest");
        country("Romania", "Romanian", "Bucharest");
        country("Bulgaria", "Bulgarian", "Sofia");
        country("Moldova", "Moldovan", "Chisinau");
        country("Georgia", "Georgian", "Tbilisi");
        country("Armenia", "Armenian", "Yerevan");
        country("Azerbaijan", "Azerbaijani", "Baku");
        country("Kazakhstan", "Kazakh", "Astana", "Nur-Sultan");
        country("Lithuania", "Lithuanian", "Vilnius");
        country("Latvia", "Latvian", "Riga");
        country("Estonia", "Estonian", "Tallinn");
        country("Finland", "Finnish", "Helsinki");
        country("Sweden", "Swedish", "Stockholm");
        country("Norway", "Norwegian", "Oslo");
        country("Denmark", "Danish", "Copenhagen");
        country("Ireland", "Irish", "Dublin");
        country("Austria", "Austrian", "Vienna");
        country("Switzerland", "Swiss", "Bern", "Geneva");
        country("Greece", "Greek", "Athens");
        country("Serbia", "Serbian", "Belgrade");
        country("Canada", "Canadian", "Ottawa");
        country("Mexico", "Mexican", "Mexico City");
        country("Brazil", "Brazilian", "Brasilia", "Brasília");
        country("Argentina", "Argentine", "Argentinian", "Buenos Aires");
        country("Venezuela", "Venezuelan", "Caracas");
        country("Cuba", "Cuban", "Havana");
        country("Australia", "Australian", "Canberra");
        country("New Zealand", "Wellington");
        country("Indonesia", "Indonesian", "Jakarta");
        country("Vietnam", "Vietnamese", "Hanoi", "Viet Nam");
        country("Philippines", "Philippine", "Filipino", "Manila");
        country("South Africa", "South African", "Pretoria");
        country("Nigeria", "Nigerian", "Abuja");
        country("Ethiopia", "Ethiopian", "Addis Ababa");
        country("Kenya", "Kenyan", "Nairobi");
        organisation("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
                "North Atlantic Alliance", "the Alliance");
        organisation("European Union", "EU", "E.U.", "Brussels", "the EU");
        organisation("United Nations", "UN", "U.N.", "the UN");
        // An organ of the UN with its own members and meetings: never the same actor as the UN itself.
        organisation("UN Security Council", "United Nations Security Council", "UNSC", "U.N. Security Council",
                "Security Council");
        organisation("Organization for Security and Co-operation in Europe", "OSCE",
                "Organisation for Security and Co-operation in Europe");
        organisation("African Union", "AU");
        organisation("ASEAN", "Association of Southeast Asian Nations");
        organisation("G7", "Group of Seven", "G-7");
        organisation("G20", "Group of Twenty", "G-20");
        organisation("International Atomic Energy Agency", "IAEA");
        organisation("International Monetary Fund", "IMF");
        organisation("World Health Organization", "WHO");
        organisation("OPEC", "Organization of the Petroleum Exporting Countries");
    }

    private Gazetteer() {
    }

    private static void country(String canonical, String... forms) {
        register(new Place(canonical, ActorKind.COUNTRY), canonical, forms);
    }

    private static void organisation(String canonical, String... forms) {
        register(new Place(canonical, ActorKind.ORGANIZATION), canonical, forms);
    }

    private static void register(Place place, String canonical, String... forms) {
        BY_FORM.put(NameKeys.fold(canonical), place);
        for (String form : forms) {
            BY_FORM.put(NameKeys.fold(form), place);
        }
    }

    /** The canonical place a form names, if the gazetteer knows it. */
    public static Optional<Place> lookup(String form) {
        String folded = NameKeys.fold(form);
        Place place = BY_FORM.get(folded);
        if (place == null && folded.startsWith("the ")) {
            place = BY_FORM.get(folded.substring(4));
        }
        return Optional.ofNullable(place);
    }

    /** The first of these forms the gazetteer knows: the name first, then the mentions. */
    public static Optional<Place> lookupAny(List<String> forms) {
        for (String form : forms) {
            Optional<Place> place = lookup(form);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }
}
