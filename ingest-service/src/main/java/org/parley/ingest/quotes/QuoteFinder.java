package org.parley.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds quotations in a text by their marks alone: double quotes (straight or curly, the normaliser turns curly
 * ones straight), and single quotes where they cannot be apostrophes (British style, headlines). A quote left open
 * at the end of a paragraph continues when the next paragraph opens with a quotation mark (the convention for
 * multi-paragraph quotes); otherwise the stray mark is ignored. Two quotes separated only by a short attribution
 * ending in a comma ("It seems," he said, "that …") are one quote.
 */
public final class QuoteFinder {

    /** The gap of a split quote: an attribution clause of a few words, no sentence end, ending in a comma. */
    private static final Pattern SPLIT_GAP = Pattern.compile("\\s*,?\\s*[^\".!?\\n]{1,80}?,\\s*");

    private QuoteFinder() {
    }

    public static List<QuoteSpan> find(String text) {
        List<List<QuoteSpan.Segment>> quotes = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isDoubleOpen(c)) {
                int close = readDouble(text, i, quotes);
                i = close < 0 ? i + 1 : close + 1;
            } else if (isSingleOpen(text, i)) {
                int close = singleClose(text, i + 1);
                if (close > i + 1) {
                    quotes.add(List.of(new QuoteSpan.Segment(i + 1, close)));
                    i = close + 1;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return joinSplit(text, quotes);
    }

    /**
     * Reads a double-quoted quote opening at {@code open}; adds its segments and returns the index of its closing
     * mark, or -1 when the mark is never closed (then nothing is added).
     */
    private static int readDouble(String text, int open, List<List<QuoteSpan.Segment>> out) {
        List<QuoteSpan.Segment> segments = new ArrayList<>();
        int from = open + 1;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDoubleClose(c)) {
                addSegment(text, segments, from, i);
                if (segments.isEmpty()) {
                    return -1;
                }
                out.add(segments);
                return i;
            }
            if (c == '\n') {
                int next = i;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < text.length() && isDoubleOpen(text.charAt(next)) && segmentHasWords(text, from, i)) {
                    addSegment(text, segments, from, i); // a paragraph of a quote that goes on
                    from = next + 1;
                    i = from;
                    continue;
                }
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static boolean segmentHasWords(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addSegment(String text, List<QuoteSpan.Segment> segments, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (segmentHasWords(text, from, to)) {
            segments.add(new QuoteSpan.Segment(from, to));
        }
    }

    private static boolean isDoubleOpen(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E';
    }

    private static boolean isDoubleClose(char c) {
        return c == '"' || c == '\u201D';
    }

    /** A single mark opening a quote: at a word start (after a space, a bracket or the text start), before a letter. */
    private static boolean isSingleOpen(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2018') {
            return false;
        }
        boolean atStart = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        return atStart && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * The closing single mark of a quote opened before {@code from}: a mark after a non-space and before a space,
     * punctuation or the end, within the paragraph. "s'" before a word is a plural possessive, not a close.
     */
    private static int singleClose(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"') {
                return -1;
            }
            if ((c == '\'' || c == '\u2019') && !Character.isWhitespace(text.charAt(i - 1))) {
                boolean atEnd = i + 1 == text.length();
                char next = atEnd ? ' ' : text.charAt(i + 1);
                if (Character.isLetterOrDigit(next)) {
                    continue; // an apostrophe inside a word: don't, Xi's
                }
                boolean possessive = text.charAt(i - 1) == 's' && next == ' ' && i + 2 < text.length()
                        && Character.isLetter(text.charAt(i + 2));
                if (!possessive) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<QuoteSpan> joinSplit(String text, List<List<QuoteSpan.Segment>> quotes) {
        List<QuoteSpan> out = new ArrayList<>();
        List<QuoteSpan.Segment> current = null;
        for (List<QuoteSpan.Segment> q : quotes) {
            if (current != null && isSplit(text, current.get(current.size() - 1), q.get(0))) {
                current.addAll(q);
                continue;
            }
            if (current != null) {
                out.add(span(text, current));
            }
            current = new ArrayList<>(q);
        }
        if (current != null) {
            out.add(span(text, current));
        }
        return out;
    }

    /** "It seems," he said, "that …": the first part ends in a comma and the gap is an attribution ending in one. */
    private static boolean isSplit(String text, QuoteSpan.Segment first, QuoteSpan.Segment second) {
        if (first.end() + 1 >= second.start() - 1) {
            return false;
        }
        String gap = text.substring(first.end() + 1, second.start() - 1);
        boolean commaInside = text.charAt(first.end() - 1) == ',';
        boolean commaOutside = gap.startsWith(",");
        return (commaInside || commaOutside) && SPLIT_GAP.matcher(gap).matches() && gap.strip().length() > 1;
    }

    private static QuoteSpan span(String text, List<QuoteSpan.Segment> segments) {
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < segments.size(); k++) {
            QuoteSpan.Segment s = segments.get(k);
            if (k > 0) {
                String between = text.substring(segments.get(k - 1).end(), s.start());
                words.append(between.contains("\n") ? between.substring(between.indexOf('\n'), between.lastIndexOf('\n') + 1) : " ");
            }
            words.append(text, s.start(), s.end());
        }
        return new QuoteSpan(segments.get(0).start(), segments.get(segments.size() - 1).end(), words.toString(),
                segments);
    }
}
