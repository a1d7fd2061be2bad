package org.parley.ingest.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline opening a paragraph ("TEHRAN —", "ROME, April 12 (Reuters) -", "Tashkent, Uzbekistan (UzDaily.com)
 * --", "ISLAMABAD:") is read as a sentence of its own: left in front of the first sentence, the parser takes the
 * place for that sentence's subject and hangs the real subject on it. The text keeps its length (the blank line that
 * ends the dateline's sentence takes the place of the spaces around its dash), so offsets into it stay valid.
 */
final class Datelines {

    private static final String WORD = "\\p{Lu}[\\p{L}.'’&/-]*";
    private static final String PARENTHESIS = "\\([^()\\n]{1,40}\\)";
    /** All-capital place, or a capitalised place with a comma or an agency in parentheses; then a dash or a colon. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^(?:\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,? [\\p{L}\\d.,' ]{0,40}?)?(?: " + PARENTHESIS + ")?"
                    + "|" + WORD + "(?: " + WORD + "){0,2}(?:, [\\p{L}\\d. ]{1,30}? " + PARENTHESIS + "|, " + WORD
                    + "(?: " + WORD + ")?(?: \\d{1,2})?|(?: " + PARENTHESIS + ")))"
                    + "(?<separator> (?:--|[-—–]) |(?<=\\p{Lu}): )(?=[\\p{Lu}\"“‘'])");

    private Datelines() {
    }

    /** The text with each paragraph's dateline ended by a blank line, at the same length. */
    static String setApart(String text) {
        Matcher m = DATELINE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (m.start() > 0 && !text.startsWith("\n\n", m.start() - 2)) {
                continue; // a paragraph's first line only
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            String separator = m.group("separator");
            String dash = separator.strip().endsWith(":") ? "" : separator.strip();
            String replacement = dash + "\n\n";
            replacement = replacement + " ".repeat(separator.length() - replacement.length());
            out.replace(m.start("separator"), m.end("separator"), replacement);
        }
        return out == null ? text : out.toString();
    }
}
