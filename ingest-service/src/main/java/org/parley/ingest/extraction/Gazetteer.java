package org.parley.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries (names, demonyms, capitals, cities) and organisations from the shared gazetteer module, indexed by
 * phrase for token matching, and the extractor's own lists of title words and named bodies.
 */
final class Gazetteer {

    /** How a surface form refers to its actor. */
    enum Form { NAME, DEMONYM, CAPITAL, CITY }

    /** One entry: the canonical actor a phrase of {@code tokens} words denotes. */
    record Entry(String canonical, ExtractedActor.ActorKind kind, Form form, int tokens) {
    }

    private final Map<String, Entry> byPhrase = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> namedBodies = new HashSet<>();
    private final Map<String, String> fullNames = new HashMap<>();
    private int longestPhrase = 1;

    private Gazetteer() {
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (org.parley.gazetteer.Gazetteer.Place place : org.parley.gazetteer.Gazetteer.places()) {
            String canonical = place.name();
            if (place.kind() == org.parley.gazetteer.Gazetteer.Kind.COUNTRY) {
                g.add(canonical, canonical, ExtractedActor.ActorKind.COUNTRY, Form.NAME);
                g.addAll(place.aliases(), canonical, ExtractedActor.ActorKind.COUNTRY, Form.NAME);
                g.addAll(place.demonyms(), canonical, ExtractedActor.ActorKind.COUNTRY, Form.DEMONYM);
                g.addAll(place.capitals(), canonical, ExtractedActor.ActorKind.COUNTRY, Form.CAPITAL);
                g.addAll(place.cities(), canonical, ExtractedActor.ActorKind.COUNTRY, Form.CITY);
            } else {
                // An organisation's seat is its country's place here: the extractor reads "Brussels" as Belgium.
                g.add(canonical, canonical, ExtractedActor.ActorKind.ORGANIZATION, Form.NAME);
                g.addAll(place.aliases(), canonical, ExtractedActor.ActorKind.ORGANIZATION, Form.NAME);
            }
        }
        for (String line : lines("extraction/named-bodies.txt")) {
            g.namedBodies.add(fold(line));
        }
        for (String line : lines("extraction/nicknames.tsv")) {
            String[] cols = line.split("\t");
            g.fullNames.put(fold(cols[0]), fold(cols[1]));
        }
        for (String line : lines("extraction/titles.txt")) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    g.titleWords.add(w);
                }
            }
        }
        return g;
    }

    /** The entry for the phrase made of these words, if any; matching ignores case only for multi-letter words. */
    Optional<Entry> lookup(List<String> words) {
        Entry e = byPhrase.get(key(words));
        if (e == null) {
            return Optional.empty();
        }
        // "US" must be upper case, "us" is a pronoun; single words must be capitalised
        String first = words.get(0);
        if (!Character.isUpperCase(first.codePointAt(0))) {
            return Optional.empty();
        }
        if (words.size() == 1 && first.length() <= 3 && !first.equals(first.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** A medium, movement or seat of government that a tagger may take for a person ("Al Arabiya", "Boko Haram"). */
    boolean isNamedBody(String name) {
        return namedBodies.contains(fold(name).replace(" - ", "-"));
    }

    /** "Jokowi" is Joko Widodo: the folded full name a leader's nickname stands for, if it is one. */
    Optional<String> fullNameOf(String foldedName) {
        return Optional.ofNullable(fullNames.get(foldedName));
    }

    boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Lower case, no diacritics, single spaces: how names are compared. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
    }

    private static String key(List<String> words) {
        return fold(String.join(" ", words)).replace(" 's", "'s");
    }

    private void addAll(List<String> phrases, String canonical, ExtractedActor.ActorKind kind, Form form) {
        for (String p : phrases) {
            add(p, canonical, kind, form);
        }
    }

    private void add(String phrase, String canonical, ExtractedActor.ActorKind kind, Form form) {
        String[] words = phrase.trim().split("\\s+");
        longestPhrase = Math.max(longestPhrase, words.length);
        byPhrase.putIfAbsent(key(List.of(words)), new Entry(canonical, kind, form, words.length));
        if (phrase.matches(".*\\w-\\d.*")) {
            add(phrase.replaceAll("(\\w)-(\\d)", "$1 - $2"), canonical, kind, form); // the tokenizer splits "G-20"
        }
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
