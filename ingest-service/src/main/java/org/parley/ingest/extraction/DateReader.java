package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a sentence: SUTime's values turned into spans with a precision, plus the forms SUTime gets wrong
 * ("in the coming days" is a span, not a day; a bare weekday is the one before the article for a past event).
 */
final class DateReader {

    /** A date expression: token span [from, to) in its sentence, SUTime's value and the words. */
    /**
     * @param dayOfMonth the day a parenthesis after the expression gives ("yesterday (23)", "this Tuesday (19th)",
     *                   as Latin American and Iberian outlets write it), else null
     */
    record DateMention(int from, int to, String value, String text, Integer dayOfMonth) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(on\\s+)?(this\\s+|last\\s+|next\\s+|late\\s+|early\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    /**
     * A part of the day or "before"/"after" following a bare weekday ("Saturday before the leader leaves", "Monday
     * evening"): the weekday alone says which day. SUTime's own value for "Saturday before" changes with what it
     * read earlier in the same JVM, so it is not used.
     */
    private static final Pattern WEEKDAY_PART = Pattern.compile("(?i)\\s+(before|after|morning|afternoon|evening|night)$");
    /** The value of "on the 18th", which SUTime leaves an ordinal. */
    private static final String ORDINAL_DAY = "ORDINAL_DAY_OF_MONTH";
    /** A length before a weekday that SUTime joins to it ("[talked for] an hour on Friday"): the weekday dates it. */
    private static final Pattern LEADING_LENGTH = Pattern.compile(
            "(?i)^(for\\s+)?((about|some|nearly|almost|over|more than)\\s+)?(an?|one|two|three|half an|\\d+)\\s+(hours?|minutes?)\\s+");
    private static final Pattern COMING_DAYS = Pattern.compile("(?i)\\b(coming|next( few)?|few) days\\b");
    private static final Pattern COMING_WEEKS = Pattern.compile("(?i)\\b(coming|next( few)?|few) weeks\\b");
    private static final Pattern COMING_HOURS = Pattern.compile("(?i)\\b(coming|next( few)?|few) hours\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern RECENT_DAYS = Pattern.compile("(?i)\\b(recent|past|last( few)?) days\\b");
    private static final Pattern DAY_OF_OCCASION = Pattern.compile(
            "(?i)(the )?(first|last|final|opening|closing|second|third|fourth|fifth|next|previous) day");
    private static final Pattern RECENT_WEEKS = Pattern.compile("(?i)\\b(recent|past|last( few)?) weeks\\b");

    private DateReader() {
    }

    /** Date expressions of one sentence, consecutive DATE/TIME tokens with one SUTime value. */
    static List<DateMention> mentions(List<CoreLabel> toks) {
        List<DateMention> out = new ArrayList<>();
        int i = datelineEnd(toks); // the filing date of a wire dateline dates no engagement
        while (i < toks.size()) {
            String ner = toks.get(i).ner();
            if (!"DATE".equals(ner) && !"TIME".equals(ner)) {
                i++;
                continue;
            }
            String value = toks.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int j = i + 1;
            while (j < toks.size() && ner.equals(toks.get(j).ner())
                    && java.util.Objects.equals(value, toks.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                j++;
            }
            String text = ActorTable.join(toks, i, j);
            if (!dayOfAnOccasion(text, toks, j)) {
                out.add(new DateMention(i, j, value, text, dayInParenthesis(toks, j)));
            }
            i = j;
        }
        out.addAll(ordinalDays(toks));
        out.sort(Comparator.comparingInt(DateMention::from));
        return out;
    }

    /**
     * "on the last day of the summit", "the first day of his visit": a day counted within an occasion, which SUTime
     * reads as a calendar day ("the last day" as yesterday).
     */
    private static boolean dayOfAnOccasion(String text, List<CoreLabel> toks, int end) {
        return DAY_OF_OCCASION.matcher(text).matches() && end < toks.size() && toks.get(end).word().equalsIgnoreCase("of");
    }

    /** "on the 18th", which SUTime leaves an ordinal: a day of the month of the article's time. */
    private static List<DateMention> ordinalDays(List<CoreLabel> toks) {
        List<DateMention> out = new ArrayList<>();
        for (int k = 2; k < toks.size(); k++) {
            Matcher day = DAY_OF_MONTH.matcher(toks.get(k).word());
            if (day.matches() && toks.get(k).word().matches("\\d+(st|nd|rd|th)") && !"DATE".equals(toks.get(k).ner())
                    && toks.get(k - 1).word().equalsIgnoreCase("the") && toks.get(k - 2).word().equalsIgnoreCase("on")
                    && (k + 1 == toks.size() || !toks.get(k + 1).word().equalsIgnoreCase("of"))) {
                int d = Integer.parseInt(day.group(1));
                if (d >= 1 && d <= 31) {
                    out.add(new DateMention(k - 1, k + 1, ORDINAL_DAY, ActorTable.join(toks, k - 1, k + 1), d));
                }
            }
        }
        return out;
    }

    private static Integer dayInParenthesis(List<CoreLabel> toks, int at) {
        if (at + 2 >= toks.size() || !toks.get(at).word().matches("\\(|-LRB-") || !toks.get(at + 2).word().matches("\\)|-RRB-")) {
            return null;
        }
        Matcher day = DAY_OF_MONTH.matcher(toks.get(at + 1).word());
        if (!day.matches()) {
            return null;
        }
        int d = Integer.parseInt(day.group(1));
        return d >= 1 && d <= 31 ? d : null;
    }

    /**
     * Where a wire dateline ("ROME, April 12 (Reuters) -", "WASHINGTON (AP) —", "CAIRO (Agency - 3rd May, 2020)")
     * opening the sentence ends: the index after its dash or its agency's bracket, else 0. It starts with an
     * all-capital word and has no verb before the dash.
     */
    static int datelineEnd(List<CoreLabel> toks) {
        if (toks.isEmpty()) {
            return 0;
        }
        String first = toks.get(0).word();
        if (first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT)) || !first.matches("\\p{Lu}[\\p{Lu}.\\-]*")) {
            return 0;
        }
        int depth = 0;
        for (int k = 1; k < Math.min(toks.size(), 16); k++) {
            CoreLabel t = toks.get(k);
            if (t.word().matches("\\(|-LRB-")) {
                depth++;
            } else if (t.word().matches("\\)|-RRB-") && depth > 0 && --depth == 0) {
                // "BUENOS AIRES (UrduPoint News / Sputnik - 13th February, 2020) Alberto …": the agency's bracket
                // holds the filing date
                boolean dash = k + 1 < toks.size() && toks.get(k + 1).word().matches("[-—–]+");
                return dash ? k + 2 : k + 1;
            } else if (depth == 0 && t.word().matches("[-—–]+")) {
                return k + 1;
            } else if (t.tag().startsWith("VB")) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The span a date expression denotes.
     *
     * @param past whether the event it dates already happened (a bare weekday then means the latest such day)
     */
    static Optional<DateSpan> resolve(DateMention m, LocalDate published, boolean past) {
        Optional<DateSpan> span = resolveWords(m, published, past);
        if (m.dayOfMonth() == null || span.isEmpty() || span.get().precision() != Precision.DAY) {
            return span;
        }
        // the stated day of the month wins over a weekday or "yesterday" counted from a publication date that may
        // be a day off; the nearest date with that day
        LocalDate d = span.get().start();
        LocalDate best = null;
        for (int months = -1; months <= 1; months++) {
            LocalDate month = d.plusMonths(months);
            if (m.dayOfMonth() <= month.lengthOfMonth()) {
                LocalDate c = month.withDayOfMonth(m.dayOfMonth());
                if (best == null || Math.abs(ChronoUnit.DAYS.between(c, d)) < Math.abs(ChronoUnit.DAYS.between(best, d))) {
                    best = c;
                }
            }
        }
        return Optional.of(new DateSpan(best, best, Precision.DAY, span.get().text()));
    }

    private static Optional<DateSpan> resolveWords(DateMention m, LocalDate published, boolean past) {
        String text = m.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (published != null) {
            if (COMING_HOURS.matcher(lower).find()) {
                return Optional.of(new DateSpan(published, published.plusDays(1), Precision.SPAN, text));
            }
            if (COMING_DAYS.matcher(lower).find()) {
                return Optional.of(new DateSpan(published, published.plusDays(7), Precision.SPAN, text));
            }
            if (COMING_WEEKS.matcher(lower).find()) {
                return Optional.of(new DateSpan(published, published.plusDays(28), Precision.SPAN, text));
            }
            if (RECENT_DAYS.matcher(lower).find()) {
                return Optional.of(new DateSpan(published.minusDays(7), published, Precision.SPAN, text));
            }
            if (RECENT_WEEKS.matcher(lower).find()) {
                return Optional.of(new DateSpan(published.minusDays(28), published, Precision.SPAN, text));
            }
            String weekday = LEADING_LENGTH.matcher(WEEKDAY_PART.matcher(text.trim()).replaceFirst("")).replaceFirst("");
            if (ORDINAL_DAY.equals(m.value())) {
                // the latest such day for what happened, the next one for what is to come
                LocalDate d = published;
                while (d.getDayOfMonth() != m.dayOfMonth()) {
                    d = past ? d.minusDays(1) : d.plusDays(1);
                }
                return Optional.of(new DateSpan(d, d, Precision.DAY, text));
            }
            Matcher wd = WEEKDAY.matcher(weekday);
            if (wd.matches() && wd.group(2) == null) {
                DayOfWeek day = DayOfWeek.valueOf(wd.group(3).toUpperCase(Locale.ROOT));
                LocalDate d = past ? published.with(TemporalAdjusters.previousOrSame(day))
                        : published.with(TemporalAdjusters.nextOrSame(day));
                return Optional.of(new DateSpan(d, d, Precision.DAY, text));
            }
            if (lower.matches("(that |the same )?(morning|afternoon|evening|night|day)|the day|current|currently|present")) {
                return Optional.empty(); // the day of another date in the sentence, not the article's
            }
            if (lower.matches("(this|the) (morning|afternoon|evening)|tonight|today|now|later today|earlier today")) {
                return Optional.of(new DateSpan(published, published, Precision.DAY, text));
            }
        }
        String v = m.value();
        if (v == null) {
            return Optional.empty();
        }
        if (v.equals("PRESENT_REF") && published != null) {
            return Optional.of(new DateSpan(published, published, Precision.DAY, text));
        }
        Matcher x = DAY.matcher(v);
        if (x.matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)), Integer.parseInt(x.group(3)));
            if (published != null && !lower.matches(".*\\d{4}.*")) {
                d = nearestYear(d, published);
            }
            return Optional.of(new DateSpan(d, d, Precision.DAY, text));
        }
        x = WEEKEND.matcher(v);
        if (x.matches()) {
            LocalDate mon = monday(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)));
            return Optional.of(new DateSpan(mon.plusDays(5), mon.plusDays(6), Precision.SPAN, text));
        }
        x = WEEK.matcher(v);
        if (x.matches()) {
            LocalDate mon = monday(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)));
            return Optional.of(new DateSpan(mon, mon.plusDays(6), Precision.WEEK, text));
        }
        x = MONTH.matcher(v);
        if (x.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)));
            if (published != null && !lower.matches(".*\\d{4}.*")) {
                // a bare month name ("in July") lies ahead of a planned event and behind an occurred one
                YearMonth now = YearMonth.from(published);
                while (!past && ym.isBefore(now)) {
                    ym = ym.plusYears(1);
                }
                while (past && ym.isAfter(now)) {
                    ym = ym.minusYears(1);
                }
            }
            return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, text));
        }
        x = YEAR.matcher(v);
        if (x.matches() && published != null && lower.matches("later this year|later in the year")) {
            return Optional.of(new DateSpan(published, LocalDate.of(published.getYear(), 12, 31), Precision.SPAN, text));
        }
        if (x.matches() && !lower.matches(".*\\b(years|ago)\\b.*") && !lower.matches(".*\\d.*")
                || x.matches() && lower.matches("\\d{4}")) {
            int y = Integer.parseInt(x.group(1));
            return Optional.of(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.SPAN, text));
        }
        return Optional.empty();
    }

    /**
     * "May 3" in an article of April: SUTime puts a day without a year in the year its tense guess says, often eleven
     * months back; news dates a day without a year when it lies within half a year of the article.
     */
    static LocalDate nearestYear(LocalDate d, LocalDate published) {
        LocalDate best = d;
        for (int years = -1; years <= 1; years++) {
            LocalDate c = d.plusYears(years);
            if (Math.abs(ChronoUnit.DAYS.between(c, published)) < Math.abs(ChronoUnit.DAYS.between(best, published))) {
                best = c;
            }
        }
        return best;
    }

    private static LocalDate monday(int weekYear, int week) {
        return LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** "from February 18 to February 20", "between 1 and 3 March": two day mentions joined into one span. */
    static Optional<DateSpan> range(List<CoreLabel> toks, DateMention a, DateMention b, LocalDate published, boolean past) {
        if (b.from() - a.to() != 1) {
            return Optional.empty();
        }
        String mid = toks.get(a.to()).word().toLowerCase(Locale.ROOT);
        if (!mid.equals("to") && !mid.equals("and") && !mid.equals("until") && !mid.equals("-") && !mid.equals("through")) {
            return Optional.empty();
        }
        Optional<DateSpan> x = resolve(a, published, past);
        Optional<DateSpan> y = resolve(b, published, past);
        if (x.isEmpty() || y.isEmpty() || x.get().start() == null || y.get().end() == null
                || y.get().end().isBefore(x.get().start())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(x.get().start(), y.get().end(), Precision.SPAN, a.text() + " " + mid + " " + b.text()));
    }
}
