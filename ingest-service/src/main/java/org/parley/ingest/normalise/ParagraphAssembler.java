package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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

    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    /** First halves that keep their hyphen when a line break splits the compound ("well-\nknown"). */
    private static final Set<String> COMPOUND_HEADS = Set.of("self", "ex", "well", "so", "all", "half", "long",
            "short", "high", "low", "far", "near", "cross", "full", "part", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "year", "month", "week", "day", "much", "non", "co", "anti", "pro",
            "post", "pre", "vice", "deputy", "former", "then", "first", "second", "third", "top", "multi", "mid",
            "semi", "cease", "right", "left", "hard", "pan", "war", "state", "government");
    /** Starts only at a word's start and never gives letters back, so a long word is read once, not once per letter. */
    private static final Pattern HYPHENATED_WORD = Pattern.compile("(?<!\\p{L})\\p{L}++-\\p{L}+");
    /** An unpunctuated line opening a paragraph, before a capitalised line, is a heading up to this length. */
    private static final int MAX_HEADING_WORDS = 14;
    /** Up to this length too in text that is not hard-wrapped, unless the line break splits a name. */
    private static final int MAX_UNWRAPPED_HEADING_WORDS = 25;
    private static final int MIN_WRAPPED_LINE_CHARS = 40;
    private static final int MAX_HYPHEN_HEAD = 64;
    private static final double SAME_WIDTH_SHARE = 0.9;
    /** A short line like "Paris:" before the story is a dateline place and opens the next paragraph. */
    private static final Pattern PLACE_LABEL =
            Pattern.compile("^[\\p{Lu}][\\p{L}.'-]*(?: [\\p{Lu}][\\p{L}.'-]*){0,2}:$");

    private ParagraphAssembler() {
    }

    /**
     * How the text is laid out: {@code wrapWidth} is the typical length of a line that certainly wraps (it stops
     * mid-sentence or the next line goes on in lowercase), 0 when the text is not hard-wrapped;
     * {@code blankLineParagraphs} when paragraphs are set apart by blank lines.
     */
    private record Layout(int wrapWidth, boolean blankLineParagraphs) {

        private static final int MIN_WRAP_SAMPLES = 3;
        /** Shorter lines say little about the wrap width ("Elsewhere,"). */
        private static final int MIN_WRAP_SAMPLE_WORDS = 4;
        private static final double FULL_LINE_SHARE = 0.75;

        static Layout of(List<String> lines) {
            List<Integer> wrapped = new ArrayList<>();
            int blankGaps = 0;
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                boolean wraps = Prose.startsLowercase(next) || !next.isEmpty() && Prose.endsMidSentence(line);
                if (Prose.wordCount(line) >= MIN_WRAP_SAMPLE_WORDS && wraps && !Prose.endsSentence(line)) {
                    wrapped.add(line.length());
                }
                if (!line.isEmpty() && next.isEmpty()) {
                    blankGaps++;
                }
            }
            if (wrapped.size() < MIN_WRAP_SAMPLES) {
                return new Layout(0, false);
            }
            Collections.sort(wrapped);
            return new Layout(wrapped.get(wrapped.size() / 2), blankGaps >= 2);
        }

        boolean isFullLine(String line) {
            return wrapWidth > 0 && line.length() >= FULL_LINE_SHARE * wrapWidth;
        }
    }

    static List<String> assemble(List<String> lines) {
        Layout layout = Layout.of(lines);
        Set<String> hyphenatedWords = hyphenatedWords(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean blankSince = false;
        boolean previousOpensParagraph = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String after = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (line.isEmpty()) {
                blankSince = true;
                continue;
            }
            if (previous == null) {
                current.append(line);
                previousOpensParagraph = true;
            } else if (joins(previous, line, after, blankSince, previousOpensParagraph, layout)) {
                appendJoined(current, line, hyphenatedWords);
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

    private static boolean joins(String previous, String line, String after, boolean blankBetween,
            boolean previousOpensParagraph, Layout layout) {
        boolean hyphenated = !hyphenHead(previous).isEmpty() && Character.isLetter(line.codePointAt(0));
        if (hyphenated && !blankBetween) {
            return true;
        }
        boolean runsOn = Prose.endsMidSentence(previous);
        if (blankBetween) {
            return !Prose.endsSentence(previous) && runsOn && Prose.startsLowercase(line);
        }
        if (Prose.endsSentence(previous)) {
            // In hard-wrapped text whose paragraphs are set apart by blank lines, a full line is not a paragraph end.
            return layout.blankLineParagraphs() && layout.isFullLine(previous) && !previous.endsWith(":");
        }
        if (runsOn || Prose.startsLowercase(line)) {
            return true;
        }
        // Neither line says: a full-width line was wrapped; a short one opening a paragraph is a heading.
        if (layout.isFullLine(previous) || sameWidthAsNext(previous, line, after)) {
            return true;
        }
        int words = Prose.wordCount(previous);
        if (!previousOpensParagraph || words > MAX_UNWRAPPED_HEADING_WORDS) {
            return true;
        }
        if (words <= MAX_HEADING_WORDS) {
            // A short remainder that closes the sentence after a split name is the end of a wrapped paragraph.
            return Prose.splitsName(previous, line) && Prose.endsSentence(line) && Prose.wordCount(line) < words;
        }
        // A long line ending on a capitalised word before a capitalised line has likely split a name or title.
        return layout.wrapWidth() > 0 || Prose.splitsName(previous, line);
    }

    /**
     * A long line at least as wide as the next, which does not close its block: the rhythm of wrapped text. (A
     * headline is usually narrower than the paragraph line under it.)
     */
    private static boolean sameWidthAsNext(String previous, String line, String after) {
        return !after.isEmpty() && line.length() >= MIN_WRAPPED_LINE_CHARS
                && previous.length() >= SAME_WIDTH_SHARE * line.length()
                && line.length() >= SAME_WIDTH_SHARE * previous.length();
    }

    /** Words already printed with a hyphen somewhere in the text ("well-known"), whose split keeps the hyphen. */
    private static Set<String> hyphenatedWords(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            Matcher m = HYPHENATED_WORD.matcher(line);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static void appendJoined(StringBuilder paragraph, String line, Set<String> hyphenatedWords) {
        String head = hyphenHead(paragraph);
        if (head.isEmpty() || !Character.isLetter(line.codePointAt(0))) {
            paragraph.append(' ').append(line);
            return;
        }
        Matcher tailWord = LEADING_WORD.matcher(line);
        String tail = tailWord.find() ? tailWord.group(1) : "";
        boolean keepHyphen = !Prose.startsLowercase(line)
                || COMPOUND_HEADS.contains(head.toLowerCase(Locale.ROOT))
                || hyphenatedWords.contains((head + "-" + tail).toLowerCase(Locale.ROOT));
        if (!keepHyphen) {
            paragraph.setLength(paragraph.length() - 1);
        }
        paragraph.append(line);
    }

    /**
     * The letters before a hyphen that ends the text ("sanc" of "… the sanc-"), else "". At most the last
     * {@link #MAX_HYPHEN_HEAD} of them: no word is longer, and a paragraph of rejoined halves is not re-read.
     */
    private static String hyphenHead(CharSequence text) {
        int end = text.length() - 1;
        if (end < 0 || text.charAt(end) != '-') {
            return "";
        }
        int start = end;
        while (start > 0 && end - start < MAX_HYPHEN_HEAD && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, end).toString();
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
