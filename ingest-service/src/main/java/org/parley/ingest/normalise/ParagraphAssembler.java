package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from story lines: a line that stops mid-sentence is joined to the next (a word hyphenated
 * across the break is rejoined), while a finished sentence, a blank line or a heading ends the paragraph.
 */
final class ParagraphAssembler {

    private static final Pattern TRAILING_HYPHEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    /** First halves that keep their hyphen when a line break splits the compound ("well-\nknown"). */
    private static final Set<String> COMPOUND_HEADS = Set.of("self", "ex", "well", "so", "all", "half", "long",
            "short", "high", "low", "far", "near", "cross", "full", "part", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "year", "month", "week", "day", "much", "non", "co", "anti", "pro",
            "post", "pre", "vice", "deputy", "former", "then", "first", "second", "third", "top", "multi", "mid",
            "semi", "cease", "right", "left", "hard", "pan", "war", "state", "government");
    /** A short line that starts a paragraph and does not run on is a heading, unless the paragraph is longer. */
    private static final int MAX_HEADING_WORDS = 14;
    /** A short line like "Paris:" before the story is a dateline place and opens the next paragraph. */
    private static final Pattern PLACE_LABEL = Pattern.compile("^[\\p{Lu}][\\p{L}.'-]*(?: [\\p{Lu}][\\p{L}.'-]*){0,2}:$");

    private ParagraphAssembler() {
    }

    static List<String> assemble(List<String> lines) {
        String allText = String.join(" ", lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean blankSince = false;
        boolean previousOpensParagraph = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankSince = true;
                continue;
            }
            if (previous == null) {
                current.append(line);
                previousOpensParagraph = true;
            } else if (joins(previous, line, blankSince, previousOpensParagraph)) {
                appendJoined(current, line, allText);
                previousOpensParagraph = false;
            } else {
                paragraphs.add(current.toString());
                current.setLength(0);
                current.append(line);
                previousOpensParagraph = true;
            }
            previous = line;
            blankSince = false;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return mergePlaceLabels(paragraphs);
    }

    private static boolean joins(String previous, String line, boolean blankBetween, boolean previousOpensParagraph) {
        boolean hyphenated = TRAILING_HYPHEN.matcher(previous).find() && Character.isLetter(line.codePointAt(0));
        if (hyphenated && !blankBetween) {
            return true;
        }
        if (Prose.endsSentence(previous)) {
            return false;
        }
        boolean runsOn = Prose.endsMidSentence(previous);
        if (blankBetween) {
            return runsOn && Prose.startsLowercase(line);
        }
        if (runsOn || Prose.startsLowercase(line)) {
            return true;
        }
        // Neither line says: a short opening line before a capitalised one reads as a heading.
        return !(previousOpensParagraph && Prose.wordCount(previous) <= MAX_HEADING_WORDS);
    }

    private static void appendJoined(StringBuilder paragraph, String line, String allText) {
        Matcher hyphen = TRAILING_HYPHEN.matcher(paragraph);
        boolean endsWithHyphen = hyphen.find() && Character.isLetter(line.codePointAt(0));
        if (!endsWithHyphen) {
            paragraph.append(' ').append(line);
            return;
        }
        String head = hyphen.group(1);
        Matcher tailWord = LEADING_WORD.matcher(line);
        String tail = tailWord.find() ? tailWord.group(1) : "";
        boolean keepHyphen = !Prose.startsLowercase(line)
                || COMPOUND_HEADS.contains(head.toLowerCase(Locale.ROOT))
                || allText.contains(head + "-" + tail + " ") || allText.contains(head + "-" + tail + ",")
                || allText.contains(head + "-" + tail + ".");
        if (!keepHyphen) {
            paragraph.setLength(paragraph.length() - 1);
        }
        paragraph.append(line);
    }

    private static List<String> mergePlaceLabels(List<String> paragraphs) {
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            if (PLACE_LABEL.matcher(paragraph).matches() && i + 1 < paragraphs.size()
                    && Prose.isBodyParagraph(paragraphs.get(i + 1))) {
                merged.add(paragraph + " " + paragraphs.get(++i));
            } else {
                merged.add(paragraph);
            }
        }
        return merged;
    }
}
