package org.parley.ingest.normalise;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms news pages print, as a table of (pattern that finds the date, java.time format that reads it),
 * and the three places a publication date is looked for: a date line, a date prefix before the story, a dateline.
 */
final class DatePatterns {

    /** A date found in the text; {@code updated} when its label says it is a revision date. */
    record FoundDate(LocalDate date, boolean updated) {

        FoundDate asUpdate() {
            return new FoundDate(date, true);
        }
    }

    /** A labelled date at the start of a line that goes on with the story; {@code rest} is that story. */
    record DatePrefix(FoundDate found, String rest) {
    }

    /** A wire-style dateline ("KYIV, June 16 (Reuters) -"); {@code year} is null when it prints none. */
    record Dateline(MonthDay monthDay, Integer year) {
    }

    private record DateForm(String name, Pattern pattern, DateTimeFormatter format) {

        Optional<LocalDate> parse(String matched) {
            try {
                return Optional.of(LocalDate.parse(canonical(matched), format));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** Every date form understood, most specific first. */
    private static final List<DateForm> FORMS = List.of(
            new DateForm("ISO date or date-time, 2022-03-19T08:12:00Z",
                    Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                            + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])"),
                    formatter("uuuu-MM-dd")),
            new DateForm("year/month/day, 2022/03/19",
                    Pattern.compile("\\b(\\d{4}/\\d{2}/\\d{2})\\b"),
                    formatter("uuuu/MM/dd")),
            new DateForm("month day year, March 17, 2022 / Feb 1 2022 / February 1st 2022",
                    Pattern.compile("\\b(" + MONTH + "\\.?\\s+\\d{1,2}" + ORDINAL + ",?\\s+\\d{4})\\b",
                            Pattern.CASE_INSENSITIVE),
                    formatter("[MMMM][MMM] d[','] uuuu")),
            new DateForm("day month year, 10 March 2022 / Tue 29 Mar 2022",
                    Pattern.compile("\\b(\\d{1,2}" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+\\d{4})\\b",
                            Pattern.CASE_INSENSITIVE),
                    formatter("d [MMMM][MMM][','] uuuu")));

    private static final Pattern PREFIX_LABEL = Pattern.compile(
            "^(?i:(?:date|dated|published|posted|first published|updated|last updated)\\s*:?\\s*)");
    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?i)\\b(?:updated|modified|revised|edited|amended)\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:[:.]\\d{2}){1,2}(?:\\s*[ap]\\.?m\\b\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?");
    private static final Pattern ZONE = Pattern.compile(
            "\\b(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday)?\\b\\.?");
    private static final Pattern METADATA_WORDS = Pattern.compile(
            "(?i)\\b(?:first|last|published|posted|updated|modified|revised|edited|date|dated|on|at|time)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[|,:;·•/()\\[\\].\\-]");
    /** Lowercase words that may sit in a date line beside names ("By Jane Doe and John Roe"). */
    private static final Set<String> DATE_LINE_SMALL_WORDS =
            Set.of("by", "and", "in", "of", "the", "from", "via", "for");
    private static final int MAX_DATE_LINE_CHARS = 120;
    private static final int MAX_DATE_LINE_OTHER_WORDS = 5;

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[\\p{Lu}][\\p{L}.'-]*(?:\\s+[\\p{Lu}][\\p{L}.'-]*){0,3})(?:,\\s+[\\p{Lu}][\\p{L}.'-]*){0,2},\\s+"
                    + "(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s+(?<year>\\d{4}))?\\s*"
                    + "(?<agency>\\([^)]{1,40}\\))?\\s*-\\s+");

    private DatePatterns() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Strips what the java.time patterns do not spell: ordinals, "of", abbreviation dots, "Sept". */
    private static String canonical(String matched) {
        return matched.replaceAll("\\s+", " ")
                .replaceAll("(?i)(\\d)(?:st|nd|rd|th)\\b", "$1")
                .replaceAll("(?i)\\bof ", "")
                .replaceAll("(?i)\\bsept\\b", "Sep")
                .replaceAll("(?<=\\p{L})\\.", "");
    }

    /** All dates in the line, each marked as an update when an update label precedes it. */
    static List<FoundDate> findDates(String line) {
        List<FoundDate> found = new ArrayList<>();
        boolean[] taken = new boolean[line.length()];
        for (DateForm form : FORMS) {
            Matcher m = form.pattern().matcher(line);
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                Optional<LocalDate> date = form.parse(m.group(1));
                if (date.isPresent()) {
                    Arrays.fill(taken, m.start(), m.end(), true);
                    found.add(new FoundDate(date.get(), isUpdateLabelled(line, m.start())));
                }
            }
        }
        return found;
    }

    private static boolean isUpdateLabelled(String line, int dateStart) {
        String before = line.substring(0, dateStart);
        Matcher update = UPDATE_LABEL.matcher(before);
        int lastUpdate = -1;
        while (update.find()) {
            lastUpdate = update.start();
        }
        if (lastUpdate < 0) {
            return false;
        }
        Matcher published = Pattern.compile("(?i)\\b(?:published|posted)\\b").matcher(before);
        int lastPublished = -1;
        while (published.find()) {
            lastPublished = published.start();
        }
        return lastUpdate > lastPublished;
    }

    /**
     * The dates of a line that is page metadata (a date, maybe with a label, a time, a zone, a byline) rather
     * than a sentence; empty when the line is story.
     */
    static List<FoundDate> dateLine(String line) {
        if (line.length() > MAX_DATE_LINE_CHARS) {
            return List.of();
        }
        List<FoundDate> dates = findDates(line);
        if (dates.isEmpty()) {
            return List.of();
        }
        String rest = line;
        for (DateForm form : FORMS) {
            rest = form.pattern().matcher(rest).replaceAll(" ");
        }
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = ZONE.matcher(rest).replaceAll(" ");
        rest = WEEKDAY.matcher(rest).replaceAll(" ");
        rest = METADATA_WORDS.matcher(rest).replaceAll(" ");
        rest = SEPARATORS.matcher(rest).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return dates;
        }
        String[] words = rest.split("\\s+");
        if (words.length > MAX_DATE_LINE_OTHER_WORDS) {
            return List.of();
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !DATE_LINE_SMALL_WORDS.contains(word.toLowerCase())) {
                return List.of();
            }
        }
        return dates;
    }

    /** A labelled date (" date 2022-02-18 …", "Published: 10 March 2022 …") that opens a line of story. */
    static Optional<DatePrefix> datePrefix(String line) {
        Matcher label = PREFIX_LABEL.matcher(line);
        boolean labelled = label.find();
        int start = labelled ? label.end() : 0;
        for (DateForm form : FORMS) {
            Matcher m = form.pattern().matcher(line);
            if (m.find(start) && m.start() == start && (labelled || form == FORMS.get(0))) {
                Optional<LocalDate> date = form.parse(m.group(1));
                String rest = line.substring(m.end()).replaceFirst("^[\\s,:|-]+", "");
                if (date.isPresent() && !rest.isEmpty()) {
                    boolean updated = labelled && UPDATE_LABEL.matcher(label.group()).find();
                    return Optional.of(new DatePrefix(new FoundDate(date.get(), updated), rest));
                }
            }
        }
        return Optional.empty();
    }

    /** A wire dateline at the start of a story line; place in capitals or an agency in brackets is required. */
    static Optional<Dateline> dateline(String line) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place");
        boolean capitalPlace = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() >= 2;
        if (!capitalPlace && m.group("agency") == null) {
            return Optional.empty();
        }
        try {
            LocalDate sample = LocalDate.parse(canonical(m.group("month") + " " + m.group("day") + " 2000"),
                    formatter("[MMMM][MMM] d uuuu"));
            Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
            return Optional.of(new Dateline(MonthDay.from(sample), year));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
