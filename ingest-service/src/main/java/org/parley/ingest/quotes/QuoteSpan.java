package org.parley.ingest.quotes;

import java.util.List;

/**
 * One quotation found in a text: its words without the quotation marks, and where they are. A quote split by its
 * attribution ("It seems," he said, "that …") or running over several paragraphs has several segments; {@code start}
 * is the first segment's start and {@code end} the last one's end.
 *
 * @param start    offset of the first quoted character (after the opening mark)
 * @param end      offset after the last quoted character (before the closing mark)
 * @param text     the quoted words: the segments joined, paragraph breaks kept, the parts of a split quote joined by a space
 * @param segments the quoted stretches, each between its marks, in text order
 */
public record QuoteSpan(int start, int end, String text, List<Segment> segments) {

    public QuoteSpan {
        segments = List.copyOf(segments);
    }

    /** Whether the characters {@code [from, to)} lie inside the quoted words. */
    public boolean covers(int from, int to) {
        for (Segment s : segments) {
            if (from >= s.start() && to <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Quoted characters {@code [start, end)} between one pair of marks. */
    public record Segment(int start, int end) {
    }
}
