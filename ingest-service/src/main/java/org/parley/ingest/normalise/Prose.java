package org.parley.ingest.normalise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language heuristics on a line or paragraph: does it end a sentence, read as a headline, read as English prose. */
final class Prose {

    /** Words that end a line only when the sentence goes on to the next line. */
    private static final Set<String> CONTINUING_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "about",
            "after", "before", "between", "over", "under", "than", "as", "and", "or", "but", "nor", "that", "which",
            "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "could", "should", "can", "may", "might", "must", "shall", "its", "his", "her", "their", "our", "my",
            "your", "this", "these", "those", "not", "also", "said", "told", "says", "if", "while", "when", "where",
            "because", "since", "during", "amid", "against", "including", "such", "so", "very", "more", "most");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "in", "on",
            "at", "but", "and", "also", "however", "meanwhile", "after", "before", "when", "while", "as", "his", "her",
            "their", "its", "our", "there", "earlier", "later", "both", "some", "many", "officials", "if", "for",
            "with", "since", "although", "yet", "so", "then", "now", "asked", "speaking", "according");
    /** Frequent English function words that no other major European language writes the same way. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "to", "at", "by", "for", "from", "with", "and", "or", "but", "that", "which", "who", "is",
            "are", "were", "be", "been", "has", "have", "had", "would", "could", "should", "can", "may", "it", "its",
            "he", "she", "they", "we", "his", "her", "their", "this", "not", "said", "says", "than", "after", "about",
            "there");
    /** English function words that other languages share ("in", German "was", French "a"): weaker evidence. */
    private static final Set<String> SHARED_FUNCTION_WORDS = Set.of("a", "an", "in", "on", "as", "was", "will",
            "also", "am");
    /** Function words of other European languages that English prose does not use (name particles left out). */
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of(
            "der", "die", "das", "und", "ist", "nicht", "mit", "zu", "dem", "des", "sich", "auf", "für", "ein", "eine",
            "einen", "les", "et", "est", "une", "un", "du", "au", "aux", "que", "qui", "pas", "pour", "dans", "sur",
            "avec", "los", "las", "y", "es", "por", "para", "con", "una", "il", "di", "che", "è", "e", "della",
            "non", "o", "em", "os", "não", "het", "een", "niet", "zijn", "och", "att", "som", "är");
    /**
     * How much of a line's end the end-of-sentence checks read: enough for any abbreviation or closing word, and
     * bounded so that asking about a very long line costs the same as asking about a short one.
     */
    private static final int TAIL_CHARS = 64;
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|St|Jr|Sr|No|vs|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)$");
    /** A personal title's abbreviation ("Mr.", "Gen.") is always followed by a name. */
    private static final Pattern TITLE_ABBREVIATION_END = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Pres|Prof|Amb|Adm|Rev|Hon)\\.$");
    private static final Pattern PAST_REPORTING = Pattern.compile("(?i)\\b(?:said|told)\\b");
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?][\"')]?)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MIN_PROSE_WORDS = 5;
    private static final double MIN_ALPHABETIC_SHARE = 0.7;
    private static final int MAX_HEADLINE_WORDS = 20;
    /** "The Washington Post", "Al Jazeera English": names, not headlines. */
    private static final int MAX_NAME_RUN_WORDS = 4;
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "de", "al", "for", "&");

    private Prose() {
    }

    static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : WHITESPACE.split(stripped);
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** Ends with a full stop, question or exclamation mark, ellipsis or colon (quotes and brackets aside). */
    static boolean endsSentence(String line) {
        String core = withoutClosers(tail(line));
        if (core.isEmpty()) {
            return false;
        }
        char last = core.charAt(core.length() - 1);
        if (last == '.') {
            return !ABBREVIATION_END.matcher(core).find();
        }
        return last == '!' || last == '?' || last == ':';
    }

    /** Ends with a full stop (not a question, exclamation or colon): what story paragraphs, not headlines, do. */
    static boolean endsWithFullStop(String line) {
        String core = withoutClosers(tail(line));
        return core.endsWith(".") && !ABBREVIATION_END.matcher(core).find();
    }

    /** The line stops on a comma, a dash, or a word that cannot end an English sentence. */
    static boolean endsMidSentence(String line) {
        String stripped = tail(line);
        if (TITLE_ABBREVIATION_END.matcher(stripped).find()) {
            return true;
        }
        if (stripped.endsWith(",") || stripped.endsWith(";") || stripped.endsWith(" -") || stripped.endsWith("(")) {
            return true;
        }
        return CONTINUING_WORDS.contains(lastWord(stripped).toLowerCase(Locale.ROOT));
    }

    /** The break between the two lines falls inside a name: capitalised words on both sides, no sentence opener. */
    static boolean splitsName(String previous, String line) {
        String lastWord = lastWord(tail(previous));
        return !lastWord.isEmpty() && !line.isEmpty() && Character.isUpperCase(lastWord.codePointAt(0))
                && Character.isUpperCase(line.codePointAt(0)) && !startsWithSentenceOpener(line);
    }

    /** Starts with a word that opens sentences rather than names ("The", "He", "Also", "However"). */
    static boolean startsWithSentenceOpener(String line) {
        String head = line.strip();
        int end = 0;
        while (end < head.length() && end <= TAIL_CHARS && !Character.isWhitespace(head.charAt(end))
                && head.charAt(end) != ',') {
            end++;
        }
        return SENTENCE_OPENERS.contains(head.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** The last {@link #TAIL_CHARS} characters of the stripped line (all of it when shorter). */
    private static String tail(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = Math.max(0, end - TAIL_CHARS);
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return line.substring(start, end);
    }

    /** The text after the last space; a word longer than the tail is cut, which no short-word test can tell. */
    private static String lastWord(String tail) {
        return tail.substring(tail.lastIndexOf(' ') + 1);
    }

    /** The text without the closing quotes and brackets it ends with. */
    private static String withoutClosers(String text) {
        int end = text.length();
        while (end > 0 && "\"')]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The word without the non-letters it starts and ends with, in lower case. */
    static String bareWord(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static boolean startsLowercase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    static boolean startsLikeHeading(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int first = line.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\'';
    }

    /** A short capitalised line that does not end like a sentence or a clause: a headline or a list item. */
    static boolean isHeadlineLike(String line, int maxWords) {
        int words = wordCount(line);
        if (words < 2 || words > maxWords || !startsLikeHeading(line)) {
            return false;
        }
        String stripped = line.strip();
        char last = stripped.charAt(stripped.length() - 1);
        return !endsWithFullStop(stripped) && last != ',' && last != ';' && last != ':' && !endsMidSentence(stripped);
    }

    /**
     * A headline: headline-like, not merely a short run of capitalised names such as an outlet's, and not reported
     * speech in the past tense, which headlines do not use ("said", "told") but a story's unpunctuated line does.
     */
    static boolean isHeadline(String line) {
        return isHeadlineLike(line, MAX_HEADLINE_WORDS) && wordCount(line) >= 3
                && !(wordCount(line) <= MAX_NAME_RUN_WORDS && isAllCapitalised(line))
                && !PAST_REPORTING.matcher(line).find();
    }

    private static boolean isAllCapitalised(String line) {
        for (String word : words(line)) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph that is story body: at least one full English sentence ending in terminal punctuation. */
    static boolean isBodyParagraph(String paragraph) {
        return wordCount(paragraph) >= 6 && endsSentence(paragraph) && hasEnglishSentence(paragraph);
    }

    /**
     * At least one span of five or more words, mostly alphabetic, using two English function words, fewer function
     * words of other languages than of English, and an English-only one when there are any of the former.
     */
    static boolean hasEnglishSentence(String text) {
        for (String paragraph : text.split("\n+")) {
            for (String sentence : SENTENCE_SPLIT.split(paragraph)) {
                if (isEnglishSentence(sentence)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEnglishSentence(String sentence) {
        String[] words = words(sentence);
        if (words.length < MIN_PROSE_WORDS) {
            return false;
        }
        int alphabetic = 0;
        int english = 0;
        int shared = 0;
        int foreign = 0;
        for (String word : words) {
            String bare = bareWord(word);
            if (!bare.isEmpty() && bare.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')) {
                alphabetic++;
            }
            if (ENGLISH_FUNCTION_WORDS.contains(bare)) {
                english++;
            } else if (SHARED_FUNCTION_WORDS.contains(bare)) {
                shared++;
            } else if (FOREIGN_FUNCTION_WORDS.contains(bare)) {
                foreign++;
            }
        }
        return alphabetic >= MIN_ALPHABETIC_SHARE * words.length && english + shared >= 2
                && (english >= 1 || foreign == 0) && foreign < english + shared;
    }
}
