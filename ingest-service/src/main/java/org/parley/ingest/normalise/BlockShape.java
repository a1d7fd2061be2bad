package org.parley.ingest.normalise;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Decides page furniture by the shape of a block of lines rather than its wording, in the manner of jusText and
 * boilerpipe: a story is made of long lines dense in function words that end sentences, while lists of links,
 * menus and teaser boxes are runs of short, capitalised lines without sentence punctuation, often bulleted, thin in
 * function words. The phrase lists of {@link FurnitureLines} count as one more cue among these.
 */
final class BlockShape {

    /** English function words: story text is made of about 40% of them, headlines and menus of far fewer. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "about", "after",
            "before", "between", "over", "under", "than", "as", "and", "or", "but", "nor", "that", "which", "who",
            "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
            "could", "should", "can", "may", "might", "must", "shall", "do", "does", "did", "it", "its", "he", "she",
            "they", "we", "i", "you", "him", "her", "them", "us", "his", "their", "our", "my", "your", "this",
            "these", "those", "there", "here", "not", "no", "so", "if", "when", "while", "where", "because", "also",
            "said", "says", "told", "during", "since", "until", "against", "up", "out", "all", "any",
            "some", "more", "most", "other", "such", "only", "then", "now", "very", "what", "how", "why");
    /** Below this share of function words a short line reads as a headline or a menu entry, not as prose. */
    private static final double MAX_HEADLINE_STOP_SHARE = 0.34;
    /** A list item, headline or menu entry is at most this long. */
    private static final int MAX_ITEM_WORDS = 16;
    private static final int MIN_BULLETED_ITEMS = 2;
    private static final int MIN_CUED_ITEMS = 2;
    private static final int MIN_BARE_ITEMS = 3;
    private static final int MIN_MENU_WORDS = 4;

    /** A list marker opening the line: a bullet, an arrow, a dash or star, or a short number ("3." / "3)"). */
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪▫◦●○■□►▸▹→»›*+–-]|\\d{1,2}[.)])\\s+\\S");
    /** A reading or viewing teaser: "Read: …", "Read Chile's envoy says …", "Watch: …". */
    private static final Pattern TEASER = Pattern.compile("^(?:READ|Read|WATCH|Watch|LISTEN|Listen)\\b\\s*[:|»>-]?\\s*\\S");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}");
    /** "Emily Carter, Thomas Lindqvist" or "Emily Carter and Thomas Lindqvist": an author box. */
    private static final Pattern NAME_LIST = Pattern.compile(NAME + "(?:(?:, | and | & )" + NAME + "){1,3}");
    /** "Emily Carter is the Daily Example's Nordic correspondent": the author box under a story. */
    private static final Pattern AUTHOR_BIO = Pattern.compile("^" + NAME
            + " (?:is|was) (?:a|an|the|our)\\b[^.!?]{0,120}"
            + "\\b(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer|analyst)s?\\b"
            + "[^.!?]{0,80}\\.$");

    private BlockShape() {
    }

    /** The share of function words among the line's words (0 for a line without words). */
    static double stopWordShare(String line) {
        String[] words = Prose.words(line);
        int stop = 0;
        for (String word : words) {
            if (STOP_WORDS.contains(Prose.bareWord(word))) {
                stop++;
            }
        }
        return words.length == 0 ? 0 : (double) stop / words.length;
    }

    static boolean isBulleted(String line) {
        return BULLET.matcher(line).find();
    }

    /**
     * A line that can be an entry of a list of links, a menu or a teaser box: short, no sentence end (a question
     * is allowed: headlines ask), not running on into the next line, and bulleted or thin in function words.
     */
    static boolean isItemShaped(String line, String next) {
        int words = Prose.wordCount(line);
        if (words == 0 || words > MAX_ITEM_WORDS || Prose.endsWithFullStop(line) || Prose.endsMidSentence(line)
                || line.endsWith(":") || Prose.startsLowercase(next)) {
            return false;
        }
        return isBulleted(line) || line.endsWith("?") || stopWordShare(line) < MAX_HEADLINE_STOP_SHARE;
    }

    /** "Read …" or "Watch …" followed by a headline rather than a sentence. */
    static boolean isTeaser(String line) {
        return TEASER.matcher(line).find() && !Prose.endsWithFullStop(line)
                && Prose.wordCount(line) <= MAX_ITEM_WORDS + 4 && !Prose.endsMidSentence(line);
    }

    /** A horizontal menu: four or more capitalised words with no function word and no punctuation. */
    static boolean isMenu(String line) {
        String[] words = Prose.words(line);
        if (words.length < MIN_MENU_WORDS || words.length > MAX_ITEM_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("&")
                    || !word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-' || c == '&')) {
                return false;
            }
        }
        return stopWordShare(line) == 0;
    }

    /** Names alone, or a named writer's job: the byline or author box of the page. */
    static boolean isAuthorBox(String line) {
        return line.length() <= 200 && (NAME_LIST.matcher(line).matches() || AUTHOR_BIO.matcher(line).matches());
    }

    /**
     * Which lines belong to furniture blocks: runs of item-shaped lines (blank lines between them allowed) that
     * are bulleted, or come with a cue from the phrase lists (a heading, a share bar, a prompt), or are three or
     * more bare headlines once the story has begun. An enumeration introduced by a colon is story. Before the
     * story, only bulleted runs go: the headline and standfirst live there, and {@link ArticleHeader} reads them.
     * Linear: each line is looked at once, each run decided once.
     */
    static boolean[] furnitureRuns(List<String> lines, boolean[] alwaysChrome, String[] nextNonChrome,
            IntPredicate isFurniture) {
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        int firstBodyLine = firstBodyLine(lines);
        int i = 0;
        String lastLine = "";
        while (i < n) {
            String line = lines.get(i);
            if (line.isEmpty() || alwaysChrome[i]) {
                i++;
                continue;
            }
            boolean enumeration = lastLine.endsWith(":");
            int start = i;
            int items = 0;
            int bulleted = 0;
            int cues = 0;
            int end = i;
            for (int j = i; j < n; j++) {
                String member = lines.get(j);
                if (member.isEmpty() || alwaysChrome[j]) {
                    continue;
                }
                boolean cue = FurnitureLines.isListHeading(member) || isFurniture.test(j)
                        || isTeaser(member) || isMenu(member);
                if (!cue && !isItemShaped(member, nextNonChrome[j])) {
                    break;
                }
                end = j;
                cues += cue ? 1 : 0;
                if (!cue) {
                    items++;
                    bulleted += isBulleted(member) ? 1 : 0;
                }
            }
            boolean inStory = start > firstBodyLine && firstBodyLine >= 0;
            boolean drop = !enumeration && (bulleted >= MIN_BULLETED_ITEMS
                    || inStory && (cues > 0 && items >= MIN_CUED_ITEMS || items >= MIN_BARE_ITEMS));
            if (drop) {
                for (int j = start; j <= end; j++) {
                    furniture[j] = !lines.get(j).isEmpty();
                }
            }
            lastLine = lines.get(end);
            i = end + 1;
        }
        return furniture;
    }

    private static int firstBodyLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Prose.wordCount(line) >= 6 && Prose.endsWithFullStop(line)) {
                return i;
            }
        }
        return -1;
    }
}
