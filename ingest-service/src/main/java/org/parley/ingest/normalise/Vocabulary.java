package org.parley.ingest.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * English words and names, read once from word lists inside the Stanford CoreNLP models jar that extraction
 * already ships: verbs and their forms (naturalli conjugations), nouns (dcoref singular and plural unigrams), the
 * truecaser's list of words whose case varies (a word usually written with a capital is a name there), and first
 * names (dcoref name genders). About 0.6 s of CPU and 45 MB of heap; without the models jar only the function words
 * are known and nothing is split.
 */
final class Vocabulary {

    private static final String MODELS = "edu/stanford/nlp/models/";

    /** Closed-class words the noun and verb lists lack; a glued word may end with one ("Murilloand"). */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "into", "onto", "upon", "about", "after", "before", "between", "against", "during", "since", "until",
            "than", "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "he", "she", "it", "they",
            "we", "his", "her", "its", "their", "our", "him", "them", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "not", "also", "said",
            "says", "told", "while", "when", "where", "because", "if", "amid", "via", "per");
    /**
     * The verbs a news sentence puts after a name, whose forms (from the conjugation table) may be glued to it. A
     * closed list: any verb would split real names ("Hayat" + "sever").
     */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "meet", "say", "tell", "hold", "visit", "call", "speak", "talk", "discuss", "sign", "agree", "add", "urge",
            "warn", "announce", "thank", "welcome", "travel", "host", "receive", "arrive", "join", "attend", "accept",
            "invite", "plan", "confirm", "deny", "reject", "vow", "pledge", "condemn", "praise", "stress", "express",
            "greet", "phone", "telephone", "reaffirm", "hail", "insist", "promise", "reiterate");

    /** Words the lists above miss that contain a word and a function word ("with" + "out"): never split. */
    private static final Set<String> EXTRA_WORDS = Set.of(
            "without", "within", "together", "therefore", "however", "whereas", "whether", "although", "though",
            "throughout", "nevertheless", "nonetheless", "meanwhile", "otherwise", "moreover", "furthermore",
            "itself", "himself", "herself", "themselves", "ourselves", "yourself", "anyone", "everyone", "someone",
            "anything", "everything", "something", "nothing", "somewhere", "elsewhere", "everywhere", "cannot",
            "thereafter", "whereby", "hereby", "into", "onto", "upon", "spokesperson", "spokeswoman", "spokesman",
            "peacekeeping", "peacekeepers", "gunfire", "lawmaker", "lawmakers", "statesman", "stateswoman");

    private final Set<String> words = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private static final class Loaded {
        static final Vocabulary INSTANCE = new Vocabulary();
    }

    static Vocabulary get() {
        return Loaded.INSTANCE;
    }

    private Vocabulary() {
        words.addAll(FUNCTION_WORDS);
        words.addAll(EXTRA_WORDS);
        read("naturalli/conjugations_english.tab", true, (form, line) -> {
            words.add(form);
            int tab = line.indexOf('\t');
            if (REPORTING_VERBS.contains(tab < 0 ? line : line.substring(0, tab))) {
                verbs.add(form);
            }
        });
        read("dcoref/singular.unigrams.txt", false, (word, line) -> words.add(word));
        read("dcoref/plural.unigrams.txt", false, (word, line) -> words.add(word));
        read("truecase/MixDisambiguation.list", false, (word, line) -> {
            words.add(word);
            int tab = line.indexOf('\t');
            if (tab >= 0 && tab + 1 < line.length() && Character.isUpperCase(line.charAt(tab + 1))) {
                names.add(word);
            }
        });
        read("dcoref/namegender.combine.txt", false, (name, line) -> {
            names.add(name);
            words.add(name);
        });
    }

    /** A word or name of the lists, in any case. */
    boolean isKnown(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isName(String word) {
        return names.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A reporting verb's form or a function word: a glued word's second half ("…Vieirameet", "…Murilloand"). */
    boolean isVerbOrFunctionWord(String word) {
        return verbs.contains(word) || FUNCTION_WORDS.contains(word);
    }

    int size() {
        return words.size();
    }

    /** Feeds the first field of every line (every field when {@code allFields}), lowercased, to {@code entry}. */
    private static void read(String resource, boolean allFields, BiConsumer<String, String> entry) {
        ClassLoader loader = Vocabulary.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODELS + resource)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int start = 0;
                do {
                    int tab = line.indexOf('\t', start);
                    int end = tab < 0 ? line.length() : tab;
                    if (end > start && isWord(line, start, end)) {
                        entry.accept(line.substring(start, end).toLowerCase(Locale.ROOT), line);
                    }
                    start = end + 1;
                } while (allFields && start < line.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWord(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
