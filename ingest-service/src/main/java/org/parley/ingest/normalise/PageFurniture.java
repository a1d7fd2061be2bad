package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes lines that belong to the web page rather than the story: labels, prompts, captions, bylines, tags, date
 * lines and lists of other headlines. Decides by the shape of a line and the language of page chrome, line by line,
 * in document order; the dates on removed date lines are handed to {@link PublishedDate}.
 */
final class PageFurniture {

    private static final int MAX_LIST_LABEL_WORDS = 3;
    private static final int MAX_LIST_ITEM_WORDS = 30;
    private static final int MIN_TRAILING_LIST = 3;
    private static final int MIN_BODY_LINE_WORDS = 6;

    private PageFurniture() {
    }

    /** The story lines of {@code lines} (blank lines kept as ""), with dates of removed date lines collected. */
    static List<String> strip(List<String> lines, PublishedDate dates) {
        List<String> kept = new ArrayList<>();
        int lastBodyLine = lastBodyLine(lines);
        boolean bodyStarted = false;
        boolean updateLabelAbove = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            String previous = lastStoryLine(kept);
            String next = nextNonChrome(lines, i);
            boolean continuesPrevious = previous != null && !kept.get(kept.size() - 1).isEmpty()
                    && Prose.endsMidSentence(previous);
            boolean continuedByNext = Prose.startsLowercase(next);
            if (FurnitureLines.isAlwaysChrome(line)) {
                updateLabelAbove = FurnitureLines.isUpdateLabel(line);
                continue;
            }
            boolean updateLabelled = updateLabelAbove;
            updateLabelAbove = false;
            if (continuesPrevious || continuedByNext) {
                kept.add(line);
                continue;
            }
            List<DatePatterns.FoundDate> lineDates = DatePatterns.dateLine(line);
            if (!lineDates.isEmpty()) {
                lineDates.forEach(found -> dates.add(updateLabelled ? found.asUpdate() : found));
                continue;
            }
            if (FurnitureLines.isListHeading(line)) {
                i = lastListItem(lines, i);
                continue;
            }
            if (bodyStarted && FurnitureLines.isCapitalsLabel(line)) {
                // A heading in capitals introduces links only when no story follows them.
                int last = lastListItem(lines, i);
                if (last > lastBodyLine) {
                    i = last;
                }
                continue;
            }
            if (FurnitureLines.isFurniture(line)) {
                continue;
            }
            kept.add(line);
            bodyStarted |= isBodyLine(line);
        }
        dropTrailingHeadlineList(kept);
        return kept;
    }

    /** The line after {@code index}, looking past lines that are chrome wherever they stand; "" at a blank line. */
    private static String nextNonChrome(List<String> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            if (lines.get(j).isEmpty() || !FurnitureLines.isAlwaysChrome(lines.get(j))) {
                return lines.get(j);
            }
        }
        return "";
    }

    /** A line that finishes a sentence of some length: the story has begun. */
    private static boolean isBodyLine(String line) {
        return Prose.endsWithFullStop(line) && Prose.wordCount(line) >= MIN_BODY_LINE_WORDS;
    }

    private static int lastBodyLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isBodyLine(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String lastStoryLine(List<String> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (!kept.get(i).isEmpty()) {
                return kept.get(i);
            }
        }
        return null;
    }

    /** Index of the last line of the list introduced by the heading at {@code heading}. */
    private static int lastListItem(List<String> lines, int heading) {
        int last = heading;
        for (int j = heading + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isEmpty()) {
                continue;
            }
            String next = nextNonChrome(lines, j);
            if (!isListItem(line, next)) {
                break;
            }
            last = j;
        }
        return last;
    }

    private static boolean isListItem(String line, String next) {
        if (FurnitureLines.isFurniture(line) || FurnitureLines.isListHeading(line)
                || !DatePatterns.dateLine(line).isEmpty()) {
            return true;
        }
        if (Prose.endsWithFullStop(next) && Prose.splitsName(line, next)) {
            return false; // a name broken across two lines, the second ending a sentence: wrapped story
        }
        if (Prose.wordCount(line) <= MAX_LIST_LABEL_WORDS && !Prose.endsWithFullStop(line)
                && !Prose.endsMidSentence(line)) {
            return true; // a rank, a section or an age between headlines: "1", "World", "2h ago"
        }
        return Prose.isHeadlineLike(line, MAX_LIST_ITEM_WORDS) && !Prose.startsLowercase(next);
    }

    /** A run of three or more headline-like lines closing the text is a list of links to other stories. */
    private static void dropTrailingHeadlineList(List<String> kept) {
        int end = kept.size();
        while (end > 0 && kept.get(end - 1).isEmpty()) {
            end--;
        }
        int start = end;
        int items = 0;
        String next = "";
        while (start > 0) {
            String line = kept.get(start - 1);
            if (!line.isEmpty()) {
                if (!isListItem(line, next)) {
                    break;
                }
                items++;
                next = line;
            }
            start--;
        }
        String lead = lastStoryLine(kept.subList(0, start));
        boolean enumeration = lead != null && lead.endsWith(":");
        if (items >= MIN_TRAILING_LIST && !enumeration) {
            kept.subList(start, kept.size()).clear();
        }
    }
}
