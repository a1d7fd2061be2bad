package org.parley.gazetteer;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared data: complete for UN members and observers, unambiguous, every seat a known place. */
class GazetteerTest {

    /** The 193 UN member states, under the names the data uses. */
    private static final List<String> UN_MEMBERS = List.of(
            "Afghanistan",
            "Albania",
            "Algeria",
            "Andorra",
            "Angola",
            "Antigua and Barbuda",
            "Argentina",
            "Armenia",
            "Australia",
            "Austria",
            "Azerbaijan",
            "Bahamas",
            "Bahrain",
            "Bangladesh",
            "Barbados",
            "Belarus",
            "Belgium",
            "Belize",
            "Benin",
            "Bhutan",
            "Bolivia",
            "Bosnia and Herzegovina",
            "Botswana",
            "Brazil",
            "Brunei",
            "Bulgaria",
            "Burkina Faso",
            "Burundi",
            "Cabo Verde",
            "Cambodia",
            "Cameroon",
            "Canada",
            "Central African Republic",
            "Chad",
            "Chile",
            "China",
            "Colombia",
            "Comoros",
            "Republic of the Congo",
            "Costa Rica",
            "Ivory Coast",
            "Croatia",
            "Cuba",
            "Cyprus",
            "Czech Republic",
            "North Korea",
            "Democratic Republic of the Congo",
            "Denmark",
            "Djibouti",
            "Dominica",
            "Dominican Republic",
            "Ecuador",
            "Egypt",
            "El Salvador",
            "Equatorial Guinea",
            "Eritrea",
            "Estonia",
            "Eswatini",
            "Ethiopia",
            "Fiji",
            "Finland",
            "France",
            "Gabon",
            "Gambia",
            "Georgia",
            "Germany",
            "Ghana",
            "Greece",
            "Grenada",
            "Guatemala",
            "Guinea",
            "Guinea-Bissau",
            "Guyana",
            "Haiti",
            "Honduras",
            "Hungary",
            "Iceland",
            "India",
            "Indonesia",
            "Iran",
            "Iraq",
            "Ireland",
            "Israel",
            "Italy",
            "Jamaica",
            "Japan",
            "Jordan",
            "Kazakhstan",
            "Kenya",
            "Kiribati",
            "Kuwait",
            "Kyrgyzstan",
            "Laos",
            "Latvia",
            "Lebanon",
            "Lesotho",
            "Liberia",
            "Libya",
            "Liechtenstein",
            "Lithuania",
            "Luxembourg",
            "Madagascar",
            "Malawi",
            "Malaysia",
            "Maldives",
            "Mali",
            "Malta",
            "Marshall Islands",
            "Mauritania",
            "Mauritius",
            "Mexico",
            "Micronesia",
            "Monaco",
            "Mongolia",
            "Montenegro",
            "Morocco",
            "Mozambique",
            "Myanmar",
            "Namibia",
            "Nauru",
            "Nepal",
            "Netherlands",
            "New Zealand",
            "Nicaragua",
            "Niger",
            "Nigeria",
            "North Macedonia",
            "Norway",
            "Oman",
            "Pakistan",
            "Palau",
            "Panama",
            "Papua New Guinea",
            "Paraguay",
            "Peru",
            "Philippines",
            "Poland",
            "Portugal",
            "Qatar",
            "South Korea",
            "Moldova",
            "Romania",
            "Russia",
            "Rwanda",
            "Saint Kitts and Nevis",
            "Saint Lucia",
            "Saint Vincent and the Grenadines",
            "Samoa",
            "San Marino",
            "Sao Tome and Principe",
            "Saudi Arabia",
            "Senegal",
            "Serbia",
            "Seychelles",
            "Sierra Leone",
            "Singapore",
            "Slovakia",
            "Slovenia",
            "Solomon Islands",
            "Somalia",
            "South Africa",
            "South Sudan",
            "Spain",
            "Sri Lanka",
            "Sudan",
            "Suriname",
            "Sweden",
            "Switzerland",
            "Syria",
            "Tajikistan",
            "Thailand",
            "Timor-Leste",
            "Togo",
            "Tonga",
            "Trinidad and Tobago",
            "Tunisia",
            "Turkey",
            "Turkmenistan",
            "Tuvalu",
            "Uganda",
            "Ukraine",
            "United Arab Emirates",
            "United Kingdom",
            "Tanzania",
            "United States",
            "Uruguay",
            "Uzbekistan",
            "Vanuatu",
            "Venezuela",
            "Vietnam",
            "Yemen",
            "Zambia",
            "Zimbabwe");
    private static final List<String> UN_OBSERVERS = List.of("Vatican", "Palestine");
    /** Capitals left out: common words or names (Malé, Victoria, St. John's…) or named like the country. */
    private static final Set<String> WITHOUT_CAPITAL = Set.of("Luxembourg", "Singapore", "Monaco", "San Marino",
            "Maldives", "Seychelles", "Antigua and Barbuda", "Grenada", "Guyana", "Djibouti");

    private static String fold(String form) {
        return Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Gazetteer.Place> countries() {
        return Gazetteer.places().stream().filter(place -> place.kind() == Gazetteer.Kind.COUNTRY)
                .collect(Collectors.toMap(Gazetteer.Place::name, place -> place));
    }

    @Test
    void everyUnMemberAndObserverStateIsACountryWithACapitalAndACode() {
        assertEquals(193, UN_MEMBERS.size());
        Map<String, Gazetteer.Place> countries = countries();
        for (String state : Stream.concat(UN_MEMBERS.stream(), UN_OBSERVERS.stream()).toList()) {
            Gazetteer.Place place = countries.get(state);
            assertTrue(place != null, state);
            assertTrue(!place.capitals().isEmpty() || WITHOUT_CAPITAL.contains(state), state + " has a capital");
        }
        assertEquals(countries.size(), countries.values().stream().map(Gazetteer.Place::code)
                .filter(code -> code.matches("[A-Z]{3}")).distinct().count(), "one ISO alpha-3 code each");
        assertEquals(Set.of("Kosovo", "Taiwan"), countries.keySet().stream()
                .filter(name -> !UN_MEMBERS.contains(name) && !UN_OBSERVERS.contains(name)).collect(Collectors.toSet()));
    }

    @Test
    void noFormNamesTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        for (Gazetteer.Place place : countries().values()) {
            Stream.of(List.of(place.name()), place.aliases(), place.demonyms(), place.capitals(), place.cities())
                    .flatMap(List::stream)
                    .forEach(form -> {
                        String previous = owner.putIfAbsent(fold(form), place.name());
                        assertTrue(previous == null || previous.equals(place.name()),
                                form + " is a form of " + previous + " and of " + place.name());
                    });
        }
    }

    @Test
    void everySeatIsAPlaceOfACountry() {
        Set<String> places = countries().values().stream()
                .flatMap(place -> Stream.of(List.of(place.name()), place.capitals(), place.cities()).flatMap(List::stream))
                .map(GazetteerTest::fold).collect(Collectors.toSet());
        for (Gazetteer.Place organisation : Gazetteer.places()) {
            organisation.seats().forEach(seat -> assertTrue(places.contains(fold(seat)),
                    organisation.name() + "'s seat " + seat));
        }
    }

    @Test
    void brusselsIsBelgiumsCapitalAndTheSeatOfTheEuAndGenevaASwissCity() {
        Map<String, Gazetteer.Place> countries = countries();
        assertTrue(countries.get("Belgium").capitals().contains("Brussels"));
        assertTrue(countries.get("Switzerland").cities().contains("Geneva"));
        Map<String, Gazetteer.Place> organisations = Gazetteer.places().stream()
                .filter(place -> place.kind() == Gazetteer.Kind.ORGANIZATION)
                .collect(Collectors.toMap(Gazetteer.Place::name, place -> place));
        assertTrue(organisations.get("European Union").seats().contains("Brussels"));
        assertTrue(organisations.get("NATO").seats().contains("Brussels"));
        assertTrue(organisations.get("World Health Organization").seats().contains("Geneva"));
    }
}
