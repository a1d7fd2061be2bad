package org.parley.ingest.normalise;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells one line of page chrome by its shape and the language web pages use for it: labels, link headings,
 * prompts to the reader, picture captions and credits, bylines, tags, stamps. Story sentences do not match.
 */
final class FurnitureLines {

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
            + "|image \\d+ of \\d+|\\d+ of \\d+|opens in new window|bookmark|save|follow|subscribe|text size"
            + "|(?:advertisement|ad) ?-? ?scroll to continue(?: with content)?|(?:article|story) continues"
            + "(?: below| after)?(?: (?:this )?advertisement)?|close panel|published|(?:last )?updated"
            + "|list of \\d+ items|list \\d+ of \\d+|end of list|support us"
            + "|donate(?: now| today)?|become a (?:member|subscriber|supporter))\\W*$");

    /** "Updated" alone on a line labels the date on the next line. */
    private static final Pattern UPDATE_LABEL_LINE = Pattern.compile("(?i)^(?:last )?updated\\W*$");

    /** A publication or update stamp without a full date ("Updated 5:12 p.m. ET", "Published 2 hours ago"). */
    private static final Pattern TIME_STAMP = Pattern.compile("(?i)^(?:first |last )?(?:published|posted|updated"
            + "|modified)(?: on| at)?\\s*:?\\s*(?=[^.!?]*(?:\\d|\\bago\\b|\\byesterday\\b|\\btoday\\b))[^.!?]{0,40}$");

    /** A social-media embed's attribution ("- Antony Blinken (@SecBlinken) February 1, 2022") or a bare link. */
    private static final Pattern EMBED = Pattern.compile(
            "(?i)\\(@\\w{1,15}\\)\\s*[\\p{L}]{3,9}\\.? \\d{1,2}, \\d{4}$|\\bpic\\.twitter\\.com/"
                    + "|^(?:https?://|www\\.)\\S+$");

    /** A picture's place in a gallery or a BBC-style image label ("[1/5]", "Image source, Getty Images"). */
    private static final Pattern PICTURE_LABEL = Pattern.compile(
            "(?i)^\\[\\d+/\\d+]|^(?:image|photo|picture|video|media) (?:source|caption|credit|description)s?\\b");

    /** A live-blog time stamp alone on its line ("10:41 GMT", "4.12pm"). */
    private static final Pattern TIME_ONLY = Pattern.compile(
            "(?i)^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}(?:[+-]\\d{1,2})?)?$"
                    + "|^\\d{1,2}\\s*[ap]\\.?m\\.?$");

    /** A caption's placing of people in the picture ("Putin, right, and Macron …", "(L)"). */
    private static final Pattern PICTURE_POSITION = Pattern.compile(
            "\\((?:L|R|C|left|right|centre|center|second left|second right)\\)"
                    + "|, (?:left|right|centre|center|second (?:left|right)|far (?:left|right)|front|rear),");

    /** A section path ("News | Russia-Ukraine war", "World › Europe"): short parts between path separators. */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[^.!?|›»>]{1,40}(?:\\s*[|›»>]\\s*[^.!?|›»>]{1,40}){1,5}$");
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+");

    /** "Associated Press writer Jane Roe contributed to this report." */
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "(?i)\\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\\W*$");

    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^(?:\\d+\\s*(?:min(?:ute)?s?)\\.?\\s*(?:read|reading time|listen)|(?:estimated )?read(?:ing)? time"
                    + "\\s*:?\\s*\\d+\\s*min(?:ute)?s?)\\W*$");

    /** A label with a colon that makes the whole line chrome ("READ MORE: …", "SOURCE: …", "Tags: …"). */
    private static final Pattern LABEL_PREFIX = Pattern.compile("(?i)^(?:read more|read also|also read|more"
            + "|related(?: articles?| stories| coverage| content)?|see also|recommended|watch|listen|source|sources"
            + "|tags?|topics?|filed under|categor(?:y|ies)|photo|photos|photograph|image|picture|video|credit"
            + "|caption|file photo|editor'?s note|note to editors?|note from the (?:author|editors?)|copyright"
            + "|our standards)\\s*[:|»>]");

    private static final Pattern CREDITS = Pattern.compile(
            "(?i)^\\(?(?:additional\\s+)?(?:reporting|writing|editing|compiled|produced|translation|graphics)"
                    + "\\s+by\\s+(?-i:\\p{Lu})|^(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\))?\\s*\\d{4})");

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|words by|written by|story by|text by)\\s+\\S");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "in", "of", "de", "da", "del", "van", "von",
            "der", "al", "el", "bin", "la", "le", "du", "for", "|", "-", "/", "·");

    private static final int MIN_CAMEL_TAGS = 3;
    private static final Pattern BAR_SEPARATORS = Pattern.compile("\\s*[|·•/]\\s*");
    private static final Pattern COMMA_SEPARATORS = Pattern.compile("\\s*,\\s*");

    private static final Pattern PROMPT = Pattern.compile("(?i)\\b(?:newsletters?|inbox|subscribe|subscription|sign up"
            + "|sign-up|log in|register now|download (?:our|the) app|follow us|share (?:this|on|via)|click here"
            + "|tap here"
            + "|privacy policy|terms of (?:use|service)|cookies?|support(?:ing)? us|donat(?:e|ion)|patreon"
            + "|become a (?:member|subscriber|supporter|patron))\\b");
    private static final Pattern PROMPT_ADDRESS = Pattern.compile(
            "(?i)\\b(?:you|your)\\b|^(?:sign|subscribe|share|follow|click|tap|download|get|join|enter|register"
                    + "|log|read|watch|listen)\\b");
    private static final Pattern REPORTED_SPEECH = Pattern.compile("(?i)\\b(?:said|says|told|according)\\b");

    private static final Pattern EDITOR_NOTE = Pattern.compile("(?i)^this (?:is a|story is|article is|article has been"
            + "|story has been|post has been) (?:developing|breaking|being updated|updated|a developing)\\b.*$");

    /** Text after the last sentence of a caption that credits the picture ("… last month. AP", "… / AA"). */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[.!?][\"']?\\s*(?:[/|]\\s*)?(?<credit>[^.!?]{1,60})$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)(?:\\b(?:photo(?:graph)?|image|picture|credit|illustration)s?\\s*(?:by|:)\\s*[^.!?]{1,60}"
                    + "|\\((?:photo|image|picture|credit|file)[^)]{0,60}\\)|\\[[^\\]/]{1,40}/[^\\]]{1,40}])$"
                    + "|^file photo\\b");
    static final Set<String> CREDIT_WORDS = Set.of("reuters", "getty", "images", "photo", "photos", "pool",
            "file", "handout", "courtesy", "anadolu", "agency", "xinhua", "shutterstock", "associated", "press",
            "sputnik", "tass", "bloomberg", "alamy", "afp", "ap", "epa", "efe", "upi", "dpa", "ansa", "ria", "novosti",
            "via", "pa", "wire", "staff", "supplied");

    /** No line of page chrome is longer than this; longer lines are story. */
    private static final int MAX_FURNITURE_CHARS = 400;
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_CAPTION_WORDS = 40;
    private static final int MAX_LINK_LINE_WORDS = 20;
    /** Editors' notes and contribution lines are one short sentence. */
    private static final int MAX_NOTE_WORDS = 25;
    private static final int MAX_LIST_HEADING_WORDS = 8;

    private FurnitureLines() {
    }

    /**
     * Lines that are chrome even inside a wrapped sentence ("Advertisement", "4 MIN READ", "* * *"), and data a page's
     * script printed ({@code [{"id":"1805340","title":"…"}]}, {@code var cfg = {"section":"world", …}}).
     */
    static boolean isAlwaysChrome(String line) {
        return line.codePoints().noneMatch(Character::isLetterOrDigit)
                || STANDALONE.matcher(line).matches() || READING_TIME.matcher(line).matches() || isData(line);
    }

    /** At least {@value #DATA_KEYS} quoted keys followed by a colon: JSON or a script's object, never prose. */
    private static boolean isData(String line) {
        Matcher keys = DATA_KEY.matcher(line);
        int n = 0;
        while (n < DATA_KEYS && keys.find()) {
            n++;
        }
        return n == DATA_KEYS;
    }

    private static final Pattern DATA_KEY = Pattern.compile("\"[A-Za-z_][A-Za-z0-9_]{0,40}\"\\s{0,3}:");
    private static final int DATA_KEYS = 3;

    /** A heading over readers' comments ("Comments", "12 comments", "Leave a Reply", "Join the discussion"). */
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?i)^(?:(?:\\d+ )?(?:readers?'? )?(?:comments?"
            + "|responses?|replies)(?: \\(\\d+\\))?|(?:leave|post|add|write|show|view) (?:a |your )?(?:comments?|reply"
            + "|response)|join the (?:discussion|conversation)|what do you think\\??|have your say)\\W*$");

    /** A commenter's line: a name or handle and the verb of commenting ("Anonymous said…", "jdoe wrote:"). */
    private static final Pattern COMMENTER = Pattern.compile(
            "(?i)^\\S.{0,50}\\b(?:said|says|wrote|writes|commented|replied)\\s*(?:…|\\.\\.\\.|:)?\\s*(?:\\d.*)?$"
            + "|^(?:anonymous|guest|reply|report(?: comment)?|\\d+ (?:likes?|replies))\\b.{0,40}$");

    /** A heading over readers' comments; known for one by a commenter's line under it ({@link #isCommenter}). */
    static boolean isCommentsHeading(String line) {
        return line.length() <= MAX_LIST_HEADING_WORDS * 12 && COMMENTS_HEADING.matcher(line.strip()).matches();
    }

    /** A commenter's line; under a comments heading it tells the heading from a share bar's link to the comments. */
    static boolean isCommenter(String line) {
        return line.length() <= MAX_FURNITURE_CHARS && COMMENTER.matcher(line.strip()).matches();
    }

    /** "Updated" alone on a line: it labels the date on the next line. */
    static boolean isUpdateLabel(String line) {
        return !line.isEmpty() && Character.isLetter(line.charAt(0)) && UPDATE_LABEL_LINE.matcher(line).matches();
    }

    /** A short heading over a list of links to other stories ("Most viewed", "MORE FROM …"). */
    static boolean isListHeading(String line) {
        return Prose.wordCount(line) <= MAX_LIST_HEADING_WORDS && !Prose.endsWithFullStop(line)
                && LIST_HEADING.matcher(line).matches();
    }

    /** One line that is chrome whatever surrounds it. */
    static boolean isFurniture(String line) {
        if (line.length() > MAX_FURNITURE_CHARS) {
            return false;
        }
        return STANDALONE.matcher(line).matches()
                || READING_TIME.matcher(line).matches()
                || TIME_STAMP.matcher(line).matches()
                || EMBED.matcher(line).find()
                || PICTURE_LABEL.matcher(line).find()
                || PICTURE_POSITION.matcher(line).find() && Prose.wordCount(line) <= MAX_CAPTION_WORDS
                || TIME_ONLY.matcher(line).matches()
                || BREADCRUMB.matcher(line).matches() && Prose.wordCount(line) <= MAX_LABEL_WORDS
                || LINK.matcher(line).find() && Prose.wordCount(line) <= MAX_LINK_LINE_WORDS
                        && !Prose.endsWithFullStop(line)
                || CONTRIBUTION.matcher(line).find() && Prose.wordCount(line) <= MAX_NOTE_WORDS
                || isCreditOnly(line)
                || LABEL_PREFIX.matcher(line).find()
                || CREDITS.matcher(line).find()
                || EDITOR_NOTE.matcher(line).matches() && Prose.wordCount(line) <= MAX_NOTE_WORDS
                || isCapitalsLabel(line)
                || isByline(line)
                || isTagLine(line)
                || isPrompt(line)
                || isCaption(line);
    }

    /** A short line in capitals: a section name or a list heading ("WORLD", "EDITOR'S PICKS"). */
    static boolean isCapitalsLabel(String line) {
        return line.length() <= MAX_FURNITURE_CHARS && Prose.wordCount(line) <= MAX_LABEL_WORDS
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
        if (isCamelTags(line)) {
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

    /**
     * Three or more tags run together, each a capitalised word or an acronym ("RussiaUSUkraineDiplomacy"). Read
     * run by run rather than by a regex, whose ways of cutting a run of capitals into acronyms grow exponentially.
     */
    static boolean isCamelTags(String line) {
        int tags = 0;
        int i = 0;
        while (i < line.length()) {
            int capitals = 0;
            while (i < line.length() && Character.getType(line.charAt(i)) == Character.UPPERCASE_LETTER) {
                capitals++;
                i++;
            }
            int small = 0;
            while (i < line.length() && Character.getType(line.charAt(i)) == Character.LOWERCASE_LETTER) {
                small++;
                i++;
            }
            if (small == 0 && capitals >= 2) {
                tags += capitals / 2; // acronyms only: as many two-letter ones as fit
            } else if (small > 0 && (capitals == 1 || capitals >= 3)) {
                tags += 1 + (capitals - 1) / 2; // acronyms, then the capital that starts a word
            } else {
                return false; // a lone capital, lowercase without a capital, "ABc", or another character
            }
        }
        return tags >= MIN_CAMEL_TAGS;
    }

    /** A newsletter, share or follow prompt addressed to the reader. */
    static boolean isPrompt(String line) {
        return Prose.wordCount(line) <= 30 && PROMPT.matcher(line).find() && PROMPT_ADDRESS.matcher(line).find()
                && !REPORTED_SPEECH.matcher(line).find();
    }

    /** A line that is nothing but a picture credit ("AFP via Getty Images", "AP Photo/Evan Vucci"). */
    static boolean isCreditOnly(String line) {
        String[] words = Prose.words(line);
        if (words.length == 0 || words.length > 6 || Prose.endsWithFullStop(line)) {
            return false;
        }
        boolean credit = false;
        for (String word : words) {
            for (String piece : word.split("/")) {
                String bare = lettersOf(piece).toLowerCase(Locale.ROOT);
                if (bare.isEmpty()) {
                    continue;
                }
                if (!CREDIT_WORDS.contains(bare) && !word.contains("/")) {
                    return false;
                }
                credit |= CREDIT_WORDS.contains(bare);
            }
        }
        return credit;
    }

    /** The letters of the word, without anything else. */
    private static String lettersOf(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters.append(word.charAt(i));
            }
        }
        return letters.toString();
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
            String bare = lettersOf(word);
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
