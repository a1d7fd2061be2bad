package org.parley.ingest.normalise;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits two words that a scraper ran together where one page element ended and the next began ("Mauro Vieirameet
 * this Thursday" → "Vieira meet"): only when the glued word is not itself a known word, its first part is a known
 * name (or, for a lowercase word, a known word), and its second part is a lowercase verb form or function word.
 * An abbreviated title glued to a name is split off too ("Dr.Workneh" → "Dr. Workneh").
 * The vocabulary is {@link Vocabulary}; only letter runs of 5–30 letters are looked at, so the cost per word is
 * bounded and normalising stays linear.
 */
final class RunTogetherWords {

    /** A run of letters between non-letters; longer runs are not two words run together. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{L}{5,30}+(?![\\p{L}'’-])");
    private static final int MIN_NAME = 3;
    /** A name before a two-letter function word must be longer: "Harr" + "is", "Mart" + "in" are single names. */
    private static final int MIN_NAME_BEFORE_SHORT_WORD = 5;
    private static final int MIN_LOWERCASE_HEAD = 3;
    /** The two-letter words that end glued names; "an", "as", "be" end too many real names ("Abdullahian"). */
    private static final Set<String> SHORT_TAILS = Set.of("of", "to", "in", "on", "at", "by", "is");
    private static final int MIN_TAIL = 2;
    private static final int MIN_VERB_TAIL = 3;

    private RunTogetherWords() {
    }

    /** An abbreviated title glued to the name after it: "Dr.Workneh", "Gen.Mahamat". */
    private static final Pattern GLUED_TITLE = Pattern.compile(
            "(?<![\\p{L}.])(Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Amb|Col|Capt|Lt|Maj|Adm|Sgt|Pres|Rev|Hon)\\.(?=\\p{Lu}\\p{Ll})");

    static String split(String line) {
        line = GLUED_TITLE.matcher(line).replaceAll("$1. ");
        Matcher m = WORD.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int cut = cut(m.group());
            if (cut > 0) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 8);
                }
                out.append(line, copied, m.start() + cut).append(' ');
                copied = m.start() + cut;
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /** Where to split the word, or 0 to leave it; the longest known first part wins. */
    static int cut(String word) {
        Vocabulary vocabulary = Vocabulary.get();
        if (vocabulary.isKnown(word) || hasInnerCapital(word)) {
            return 0;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        for (int cut = word.length() - MIN_TAIL; cut >= MIN_NAME; cut--) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            boolean headKnown = capitalised
                    ? vocabulary.isName(head) && (tail.length() > 2 || head.length() >= MIN_NAME_BEFORE_SHORT_WORD)
                    : head.length() >= MIN_LOWERCASE_HEAD && vocabulary.isKnown(head)
                            && Vocabulary.FUNCTION_WORDS.contains(tail) && tail.length() > 2;
            if (headKnown && isTail(tail, vocabulary)) {
                return cut;
            }
        }
        return 0;
    }

    /**
     * A function word, or a reporting verb's form of three or more letters; most two-letter words end too many names
     * ("Abdullahi" + "an").
     */
    private static boolean isTail(String tail, Vocabulary vocabulary) {
        if (Vocabulary.FUNCTION_WORDS.contains(tail)) {
            return tail.length() > 2 || SHORT_TAILS.contains(tail);
        }
        return tail.length() >= MIN_VERB_TAIL && vocabulary.isVerbOrFunctionWord(tail);
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
