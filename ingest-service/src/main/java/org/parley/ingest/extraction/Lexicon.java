package org.parley.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word classes extraction reads engagements by, loaded from {@code extraction/lexicon.tsv}: triggers, light
 * verbs, status words, reporting verbs. Rules name a class; the words live in the data file.
 */
final class Lexicon {

    private static final Lexicon SHARED = load("extraction/lexicon.tsv");

    private final Map<String, Set<String>> classes;

    private Lexicon(Map<String, Set<String>> classes) {
        this.classes = classes;
    }

    static Lexicon shared() {
        return SHARED;
    }

    /** Whether {@code word} (a lemma or lower-case word) belongs to the class. */
    boolean has(String wordClass, String word) {
        return words(wordClass).contains(word);
    }

    Set<String> words(String wordClass) {
        Set<String> words = classes.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + wordClass + " in the lexicon");
        }
        return words;
    }

    static Lexicon load(String resource) {
        Map<String, Set<String>> classes = new HashMap<>();
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || classes.containsKey(cols[0])) {
                    throw new IllegalStateException(resource + ": bad or repeated line: " + line);
                }
                classes.put(cols[0], Set.of(cols[1].trim().split(" +")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(Map.copyOf(classes));
    }
}
