package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes lines that belong to the web page rather than the story: labels, prompts, captions, bylines, tags, date
 * lines and lists of other headlines. Decides by the shape of a line and the language of page chrome, line by line,
 * in document order; the dates on removed date lines are handed to {@link PublishedDate}.
 */
final class PageFurniture {

    /** A line that introduces a list of links to other stories. */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)^(?:explore(?: more)?|most (?:viewed|read|popular"
            + "|shared|watched|recent)|(?:most )?popular(?: now| stories| articles)?|trending(?: now| stories| topics)?"
            + "|editor'?s'? (?:picks?|choice)|top (?:stories|news|picks)|latest (?:news|stories|headlines|videos?)"
            + "|more (?:from|on|in|about|like this|stories|news|to read)\\b.*|related(?: articles?| stories| content"
            + "| coverage| news| topics| reading| links)?|recommended(?: for you| stories| reading| articles)?"
            + "|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|read (?:more|next|also)|also read"
            + "|see also|further reading|what to read next|in other news|don'?t miss|must reads?|elsewhere on .+"
            + "|in case you missed it|up next|watch next|keep reading)\\s*[:.…>»]*$");

    /** Whole lines of page chrome that carry no story. */
    private static final Pattern STANDALONE = Pattern.compile("(?i)^(?:advertisement|advert|ad|sponsored(?: content)?"
            + "|skip (?:advertisement|ad)|story continues(?: below)?(?: (?:this )?advertisement)?|continue reading"
            + "(?: below| the main story)?|newsletters?|\\d* ?comments?|view comments|print|e-?mail|copy link"
            + "|share(?: this)?(?: article| story| page| on \\w+)?|close|menu|search|home|back to top|loading"
            + "|listen(?: to this article)?(?: \\d+ min)?|video|watch(?: now| video| live)?|photos?|gallery"
            + "|image \\d+ of \\d+|\\d+ of \\d+|opens in new window|bookmark|save|follow|subscribe)\\W*$");

    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^(?:\\d+\\s*(?:min(?:ute)?s?)\\.?\\s*(?:read|reading time|listen)|(?:estimated )?read(?:ing)? time"
                    + "\\s*:?\\s*\\d+\\s*min(?:ute)?s?)\\W*$");

    /** A label with a colon that makes the whole line chrome ("READ MORE: …", "SOURCE: …", "Tags: …"). */
    private static final Pattern LABEL_PREFIX = Pattern.compile("(?i)^(?:read more|read also|also read|more"
            + "|related(?: articles?| stories| coverage| content)?|see also|recommended|watch|listen|source|sources"
            + "|tags?|topics?|filed under|categor(?:y|ies)|photo|photos|photograph|image|picture|video|credit"
            + "|caption|file photo|editor'?s note|note to editors?|copyright|our standards)\\s*[:|»>]");

    private static final Pattern CREDITS = Pattern.compile(
            "(?i)^\\(?(?:additional\\s+)?(?:reporting|writing|editing|compiled|produced|translation|graphics)"
                    + "\\s+by\\s|^(?:©|\\(c\\)|copyright\\b)");

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|words by|written by|story by|text by)\\s+\\S");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "in", "of", "de", "da", "del", "van", "von",
            "der", "al", "el", "bin", "la", "le", "du", "for", "|", "-", "/", "·");

    private static final Pattern CAMEL_TAGS = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}){2,}$");
    private static final Pattern BAR_SEPARATORS = Pattern.compile("\\s*[|·•/]\\s*");
    private static final Pattern COMMA_SEPARATORS = Pattern.compile("\\s*,\\s*");

    private static final Pattern PROMPT = Pattern.compile("(?i)\\b(?:newsletters?|inbox|subscribe|subscription|sign up"
            + "|sign-up|log in|register now|download (?:our|the) app|follow us|share (?:this|on|via)|click here|tap here"
            + "|privacy policy|terms of (?:use|service)|cookies?)\\b");
    private static final Pattern PROMPT_ADDRESS = Pattern.compile(
            "(?i)\\b(?:you|your|our|us)\\b|^(?:sign|subscribe|share|follow|click|tap|download|get|join|enter|register"
                    + "|log|read|watch|listen)\\b");

    private static final Pattern EDITOR_NOTE = Pattern.compile("(?i)^this (?:is a|story is|article is|article has been"
            + "|story has been|post has been) (?:developing|breaking|being updated|updated|a developing)\\b.*$");

    /** Text after the last sentence of a caption that credits the picture ("… last month. AP", "… / AA"). */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[.!?][\"']?\\s*(?:[/|]\\s*)?(?<credit>[^.!?]{1,60})$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)(?:\\b(?:photo(?:graph)?|image|picture|credit|illustration)s?\\s*(?:by|:)\\s*[^.!?]{1,60}"
                    + "|\\((?:photo|image|picture|credit|file)[^)]{0,60}\\))$|^file photo\\b");
    private static final Set<String> CREDIT_WORDS = Set.of("reuters", "getty", "images", "photo", "photos", "pool",
            "file", "handout", "courtesy", "anadolu", "agency", "xinhua", "shutterstock", "associated", "press",
            "sputnik", "tass", "bloomberg", "alamy", "afp", "ap", "epa", "efe", "upi", "dpa", "ansa", "ria", "novosti",
            "via", "pa", "wire", "staff", "supplied");

    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_LIST_ITEM_WORDS = 30;
    private static final int MIN_TRAILING_LIST = 3;

    private PageFurniture() {
    }

    /** The story lines of {@code lines} (blank lines kept as ""), with dates of removed date lines collected. */
    static List<String> strip(List<String> lines, PublishedDate dates) {
        List<String> kept = new ArrayList<>();
        boolean bodyStarted = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            String previous = lastStoryLine(kept);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            boolean continuesPrevious = previous != null && !kept.get(kept.size() - 1).isEmpty()
                    && Prose.endsMidSentence(previous);
            boolean continuedByNext = Prose.startsLowercase(next);
            if (STANDALONE.matcher(line).matches() || READING_TIME.matcher(line).matches()) {
                continue;
            }
            if (continuesPrevious || continuedByNext) {
                kept.add(line);
                continue;
            }
            List<DatePatterns.FoundDate> lineDates = DatePatterns.dateLine(line);
            if (!lineDates.isEmpty()) {
                lineDates.forEach(dates::add);
                continue;
            }
            if (LIST_HEADING.matcher(line).matches() || bodyStarted && isCapitalsLabel(line)) {
                i = lastListItem(lines, i);
                continue;
            }
            if (isFurniture(line)) {
                continue;
            }
            kept.add(line);
            bodyStarted |= Prose.endsWithFullStop(line) && Prose.wordCount(line) >= 6;
        }
        dropTrailingHeadlineList(kept);
        return kept;
    }

    /** One line that is chrome whatever surrounds it. */
    static boolean isFurniture(String line) {
        return STANDALONE.matcher(line).matches()
                || READING_TIME.matcher(line).matches()
                || LABEL_PREFIX.matcher(line).find()
                || CREDITS.matcher(line).find()
                || EDITOR_NOTE.matcher(line).matches() && Prose.wordCount(line) <= 15
                || isCapitalsLabel(line)
                || isByline(line)
                || isTagLine(line)
                || isPrompt(line)
                || isCaption(line);
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
            String next = j + 1 < lines.size() ? lines.get(j + 1) : "";
            if (!isListItem(line, next)) {
                break;
            }
            last = j;
        }
        return last;
    }

    private static boolean isListItem(String line, String next) {
        if (isFurniture(line) || LIST_HEADING.matcher(line).matches()) {
            return true;
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
        if (items >= MIN_TRAILING_LIST) {
            kept.subList(start, kept.size()).clear();
        }
    }

    /** A short line in capitals: a section name or a list heading ("WORLD", "EDITOR'S PICKS"). */
    static boolean isCapitalsLabel(String line) {
        return Prose.wordCount(line) <= MAX_LABEL_WORDS
                && line.codePoints().anyMatch(Character::isLetter)
                && line.codePoints().noneMatch(Character::isLowerCase)
                && !Prose.endsWithFullStop(line);
    }

    /** "By Jane Doe and John Roe, Reuters": a by-label followed only by names and joiners. */
    static boolean isByline(String line) {
        if (!BYLINE.matcher(line).find() || Prose.wordCount(line) > 12 || Prose.endsWithFullStop(line)) {
            return false;
        }
        String[] words = Prose.words(line);
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("^[^\\p{L}@]+|[^\\p{L}.]+$", "");
            if (word.isEmpty() || NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !word.startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Topic tags: run together ("RussiaUSUkraineDiplomacy"), three or more capitalised names between commas, or
     * three or more short capitalised tags between bars or bullets ("Europe | Diplomacy | Ukraine war").
     */
    static boolean isTagLine(String line) {
        if (CAMEL_TAGS.matcher(line).matches()) {
            return true;
        }
        if (Prose.endsWithFullStop(line)) {
            return false;
        }
        boolean barred = BAR_SEPARATORS.matcher(line).find();
        String[] parts = (barred ? BAR_SEPARATORS : COMMA_SEPARATORS).split(line);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            String[] words = Prose.words(part);
            if (words.length == 0 || words.length > 3) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                boolean mustBeCapitalised = i == 0 || !barred;
                if (!words[i].matches("[\\p{L}][\\p{L}'-]*")
                        || mustBeCapitalised && !Character.isUpperCase(words[i].codePointAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A newsletter, share or follow prompt addressed to the reader. */
    static boolean isPrompt(String line) {
        return Prose.wordCount(line) <= 30 && PROMPT.matcher(line).find() && PROMPT_ADDRESS.matcher(line).find();
    }

    /** A picture caption: a sentence followed by a picture credit, or a "Photo: …" credit. */
    static boolean isCaption(String line) {
        if (PHOTO_CREDIT.matcher(line).find()) {
            return true;
        }
        var m = CAPTION_CREDIT.matcher(line);
        if (!m.find()) {
            return false;
        }
        String credit = m.group("credit").strip();
        String[] words = Prose.words(credit);
        if (words.length == 0 || words.length > 6) {
            return false;
        }
        boolean creditLike = credit.contains("/");
        for (String word : words) {
            String bare = word.replaceAll("[^\\p{L}]", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(bare.codePointAt(0)) && !bare.equals("via")) {
                return false;
            }
            boolean capitals = bare.length() >= 2 && bare.length() <= 6 && bare.equals(bare.toUpperCase(Locale.ROOT));
            creditLike |= capitals || CREDIT_WORDS.contains(bare.toLowerCase(Locale.ROOT));
        }
        return creditLike;
    }
}
