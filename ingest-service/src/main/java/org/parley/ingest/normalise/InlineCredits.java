package org.parley.ingest.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes picture credits that a scraper left inside a story line, between sentences: "(Nordic Press Agency)",
 * "(Photo: Getty Images)", "Photo: Getty Images". A wire dateline's agency ("OSLO (Reuters) - …") is story and
 * stays, and so is a bracket inside a sentence ("the Palestinian Authority (PA) said").
 */
final class InlineCredits {

    private static final String AFTER_SENTENCE = "(?<=^|[.!?][\"']?)";
    private static final Pattern BRACKETED = Pattern.compile(AFTER_SENTENCE + "\\s*\\(([^()]{1,60})\\)(?!\\s*-)");
    private static final Pattern LABELLED = Pattern.compile(AFTER_SENTENCE
            + "\\s*(?:Photo(?:graph)?|Image|Picture|Credit|Illustration)s?\\s*(?:by\\b|:)\\s*");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?i)^(?:photo(?:graph)?|image|picture|credit|file|illustration)s?\\b");
    private static final int MAX_CREDIT_WORDS = 6;

    private InlineCredits() {
    }

    static String strip(String line) {
        if (line.indexOf('(') < 0 && line.indexOf(':') < 0 && !line.contains(" by ")) {
            return line;
        }
        String stripped = stripBracketed(line);
        stripped = stripLabelled(stripped);
        return stripped.equals(line) ? line : CharacterNormaliser.tidyLine(stripped);
    }

    private static String stripBracketed(String line) {
        Matcher m = BRACKETED.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        while (m.find()) {
            String inside = m.group(1).strip();
            if (CREDIT_LABEL.matcher(inside).find() || isCredit(Prose.words(inside))) {
                out.append(line, copied, m.start()).append(' ');
                copied = m.end();
            }
        }
        return copied == 0 ? line : out.append(line, copied, line.length()).toString();
    }

    /** "Photo: Getty Images The talks …": the label and the credit words after it, up to the last of them. */
    private static String stripLabelled(String line) {
        Matcher m = LABELLED.matcher(line);
        if (!m.find()) {
            return line;
        }
        String rest = line.substring(m.end());
        String[] words = Prose.words(rest);
        int creditEnd = -1;
        for (int i = 0; i < Math.min(words.length, MAX_CREDIT_WORDS); i++) {
            if (isCreditWord(words[i]) || words[i].contains("/")) {
                creditEnd = i;
            }
        }
        boolean wholeRest = words.length <= MAX_CREDIT_WORDS && isCredit(words);
        if (wholeRest) {
            return line.substring(0, m.start());
        }
        if (creditEnd < 0) {
            return line;
        }
        int cut = 0;
        for (int i = 0; i <= creditEnd; i++) {
            cut = rest.indexOf(words[i], cut) + words[i].length();
        }
        return line.substring(0, m.start()) + " " + rest.substring(cut);
    }

    /** Capitalised words, slashes and "via" only, with at least one word that credits a picture. */
    private static boolean isCredit(String[] words) {
        if (words.length == 0 || words.length > MAX_CREDIT_WORDS) {
            return false;
        }
        boolean credit = false;
        for (String word : words) {
            for (String piece : word.split("/")) {
                String bare = Prose.bareWord(piece);
                if (bare.isEmpty() || bare.equals("via")) {
                    continue;
                }
                if (!Character.isUpperCase(piece.codePointAt(0)) && !Character.isUpperCase(bare.codePointAt(0))
                        && !isCreditWord(piece)) {
                    return false;
                }
                credit |= isCreditWord(piece) || word.contains("/");
            }
        }
        return credit;
    }

    private static boolean isCreditWord(String word) {
        return FurnitureLines.CREDIT_WORDS.contains(Prose.bareWord(word).toLowerCase(Locale.ROOT));
    }
}
