package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Removes lines that belong to the web page rather than the story: labels, prompts, captions, bylines, tags, date
 * lines, menus and lists of other headlines, and picture credits inside story lines. Decides by the shape of the
 * line's block ({@link BlockShape}), the shape of the line and the language of page chrome, in document order; the
 * dates on removed date lines are handed to {@link PublishedDate}.
 */
final class PageFurniture {

    private static final int MAX_LIST_LABEL_WORDS = 3;
    private static final int MAX_LIST_ITEM_WORDS = 30;
    private static final int MIN_TRAILING_LIST = 3;
    private static final int MIN_BODY_LINE_WORDS = 6;

    /** How many lines after a comments heading may hold the first commenter's line. */
    private static final int COMMENT_LOOKAHEAD = 3;

    private PageFurniture() {
    }

    /** The story lines of {@code lines} (blank lines kept as ""), with dates of removed date lines collected. */
    static List<String> strip(List<String> lines, PublishedDate dates) {
        Lines page = new Lines(lines);
        List<String> kept = new ArrayList<>();
        int lastBodyLine = lastBodyLine(lines);
        boolean bodyStarted = false;
        boolean updateLabelAbove = false;
        String previous = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            if (bodyStarted && FurnitureLines.isCommentsHeading(line)
                    && page.nextNonEmpty(i, COMMENT_LOOKAHEAD).stream().anyMatch(FurnitureLines::isCommenter)) {
                break; // readers' comments close the page: nothing after them is the story
            }
            boolean continuesPrevious = previous != null && !kept.get(kept.size() - 1).isEmpty()
                    && Prose.endsMidSentence(previous);
            boolean continuedByNext = Prose.startsLowercase(page.nextNonChrome(i));
            if (page.isAlwaysChrome(i)) {
                updateLabelAbove = FurnitureLines.isUpdateLabel(line);
                continue;
            }
            boolean updateLabelled = updateLabelAbove;
            updateLabelAbove = false;
            if (continuesPrevious || continuedByNext) {
                previous = InlineCredits.strip(line);
                kept.add(previous);
                continue;
            }
            List<DatePatterns.FoundDate> lineDates = DatePatterns.dateLine(line);
            if (!lineDates.isEmpty()) {
                lineDates.forEach(found -> dates.add(updateLabelled ? found.asUpdate() : found));
                continue;
            }
            if (FurnitureLines.isListHeading(line)) {
                i = page.lastListItem(i);
                continue;
            }
            if (page.inFurnitureBlock(i)) {
                continue;
            }
            if (bodyStarted && FurnitureLines.isCapitalsLabel(line)) {
                // A heading in capitals introduces links only when no story follows them.
                int last = page.lastListItem(i);
                if (last > lastBodyLine) {
                    i = last;
                }
                continue;
            }
            boolean outsideStory = !bodyStarted || i > lastBodyLine;
            if (page.isFurniture(i) || BlockShape.isTeaser(line)
                    || outsideStory && BlockShape.isAuthorBox(line) || bodyStarted && BlockShape.isMenu(line)) {
                continue;
            }
            previous = InlineCredits.strip(line);
            kept.add(previous);
            bodyStarted |= isBodyLine(line);
        }
        dropTrailingHeadlineList(kept);
        return kept;
    }

    /**
     * The page's lines with what is asked of them more than once worked out once, each answer in one pass from the
     * end, so no line is re-read for every line above it (that made 16,000 lines of "." take most of a minute).
     */
    private static final class Lines {

        private final List<String> lines;
        private final boolean[] alwaysChrome;
        /** Per line, the next line that is blank or not always chrome; "" at the end. */
        private final String[] nextNonChrome;
        /** Per line, the last line of the run of list items starting there (blank lines inside); -1 if none. */
        private int[] runLast;
        /** Lines of blocks that are furniture by their shape ({@link BlockShape}). */
        private final boolean[] furnitureBlocks;
        /** {@link FurnitureLines#isFurniture} per line, asked up to three times: 0 not yet known, 1 yes, 2 no. */
        private final byte[] furniture;

        Lines(List<String> lines) {
            this.lines = lines;
            int n = lines.size();
            alwaysChrome = new boolean[n];
            furniture = new byte[n];
            nextNonChrome = new String[n];
            String after = "";
            for (int i = n - 1; i >= 0; i--) {
                String line = lines.get(i);
                alwaysChrome[i] = !line.isEmpty() && FurnitureLines.isAlwaysChrome(line);
                nextNonChrome[i] = after;
                if (!alwaysChrome[i]) {
                    after = line;
                }
            }
            furnitureBlocks = BlockShape.furnitureRuns(lines, alwaysChrome, nextNonChrome, this::isFurniture);
        }

        boolean isAlwaysChrome(int i) {
            return alwaysChrome[i];
        }

        String nextNonChrome(int i) {
            return nextNonChrome[i];
        }

        /** Up to {@code n} non-empty lines after line {@code i}. */
        List<String> nextNonEmpty(int i, int n) {
            List<String> out = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && out.size() < n; j++) {
                if (!lines.get(j).isBlank()) {
                    out.add(lines.get(j));
                }
            }
            return out;
        }

        boolean isFurniture(int i) {
            if (furniture[i] == 0) {
                furniture[i] = FurnitureLines.isFurniture(lines.get(i)) ? (byte) 1 : (byte) 2;
            }
            return furniture[i] == 1;
        }

        boolean inFurnitureBlock(int i) {
            return furnitureBlocks[i];
        }

        /** Index of the last line of the list introduced by the heading at {@code heading}. */
        int lastListItem(int heading) {
            if (runLast == null) {
                runLast = new int[lines.size() + 1];
                runLast[lines.size()] = -1;
                for (int j = lines.size() - 1; j >= 0; j--) {
                    String line = lines.get(j);
                    int index = j;
                    if (line.isEmpty()) {
                        runLast[j] = runLast[j + 1];
                    } else if (isListItem(line, nextNonChrome[j], () -> isFurniture(index))) {
                        runLast[j] = Math.max(j, runLast[j + 1]);
                    } else {
                        runLast[j] = -1;
                    }
                }
            }
            return Math.max(heading, runLast[heading + 1]);
        }
    }

    /** A line that finishes a sentence of some length: the story has begun. */
    private static boolean isBodyLine(String line) {
        return Prose.wordCount(line) >= MIN_BODY_LINE_WORDS && Prose.endsWithFullStop(line)
                && !BlockShape.isAuthorBox(line);
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

    private static boolean isListItem(String line, String next) {
        return isListItem(line, next, () -> FurnitureLines.isFurniture(line));
    }

    /** The cheap tests first: the phrase lists ({@code furniture}) cost some twenty regexes a line. */
    private static boolean isListItem(String line, String next, BooleanSupplier furniture) {
        if (BlockShape.isBulleted(line) && !Prose.endsWithFullStop(line) || BlockShape.isTeaser(line)) {
            return true;
        }
        // A name broken across two lines, the second ending a sentence, is wrapped story unless chrome says so.
        boolean wrappedName = Prose.endsWithFullStop(next) && Prose.splitsName(line, next);
        if (!wrappedName && (Prose.wordCount(line) <= MAX_LIST_LABEL_WORDS && !Prose.endsWithFullStop(line)
                && !Prose.endsMidSentence(line) // a rank, a section or an age between headlines: "1", "2h ago"
                || Prose.isHeadlineLike(line, MAX_LIST_ITEM_WORDS) && !Prose.startsLowercase(next))) {
            return true;
        }
        return furniture.getAsBoolean() || FurnitureLines.isListHeading(line) || !DatePatterns.dateLine(line).isEmpty();
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
