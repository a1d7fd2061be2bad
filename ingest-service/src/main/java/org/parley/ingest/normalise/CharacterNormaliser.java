package org.parley.ingest.normalise;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Character-level clean-up: HTML tags and entities left by scrapers, Windows-1252 bytes read as Latin-1, NFC, one form
 * of quote, dash, ellipsis, space and line break. Deterministic, so the same input always gives the same offsets.
 */
final class CharacterNormaliser {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "-"), Map.entry("mdash", "-"),
            Map.entry("lsquo", "'"), Map.entry("rsquo", "'"), Map.entry("ldquo", "\""), Map.entry("rdquo", "\""),
            Map.entry("hellip", "..."), Map.entry("laquo", "\""), Map.entry("raquo", "\""), Map.entry("shy", ""));
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final int MAX_MARK_RUN = 30;
    private static final String BLOCK_ELEMENTS = "p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer"
            + "|figure|table|tr|td|th|aside|nav|main|title|dd|dt|dl|hr";
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</(?:" + BLOCK_ELEMENTS + "|span|a|em|strong|b|i|script|style|figcaption)>|<br\\s*/?>");
    private static final Pattern HTML_DROPPED_OPENING = Pattern.compile(
            "(?i)<(script|style|figcaption|noscript|svg|iframe)\\b[^<>]*>|<!--");
    private static final Map<String, Pattern> HTML_CLOSING_TAGS = Stream.of(
            "script", "style", "figcaption", "noscript", "svg", "iframe").collect(Collectors.toMap(
                    name -> name, name -> Pattern.compile("(?i)</" + name + "\\s*>")));
    private static final Pattern HTML_LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("(?i)</?(?:" + BLOCK_ELEMENTS + ")\\b[^<>]*>");
    private static final Pattern HTML_ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>");
    /**
     * Windows-1252 punctuation decoded as Latin-1 (U+0080–U+009F), fixed and normalised; null for stray controls.
     * Declared last: building it runs {@link #normalise}, which needs the patterns above.
     */
    private static final String[] WINDOWS_1252_FIXES = windows1252Fixes();

    private CharacterNormaliser() {
    }

    static String normalise(String raw) {
        String text = Normalizer.normalize(capMarkRuns(decodeEntities(stripMarkup(raw))), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\u2028', '\u2029', '\u000B', '\f' -> out.append('\n');
                case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u2039', '\u203A' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2043', '\u2212', '\uFE63', '\uFF0D' -> out.append('-');
                case '\u2014', '\u2015' -> appendDash(out, text, i);
                case '\u2026' -> out.append("...");
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (c >= '\u0080' && c <= '\u009F') {
                        if (WINDOWS_1252_FIXES[c - 0x80] != null) {
                            out.append(WINDOWS_1252_FIXES[c - 0x80]);
                        }
                    } else if (!InputGuard.isStrayControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String[] windows1252Fixes() {
        Charset windows1252 = Charset.forName("windows-1252");
        String[] fixes = new String[0x20];
        for (char c = '\u0080'; c <= '\u009F'; c++) {
            if (!InputGuard.isStrayControl(c)) {
                fixes[c - 0x80] = normalise(new String(new byte[] {(byte) c}, windows1252));
            }
        }
        return fixes;
    }

    /**
     * Keeps at most {@link #MAX_MARK_RUN} combining marks in a row and drops the rest. No script needs more (Unicode's
     * stream-safe format draws the line at 30), and NFC reorders a run of marks in time that grows with its square.
     */
    private static String capMarkRuns(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MAX_MARK_RUN && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && run <= MAX_MARK_RUN) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    /** An em dash between two words becomes a spaced hyphen, so it is not mistaken for a compound word. */
    private static void appendDash(StringBuilder out, String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        out.append(spaceBefore ? "" : " ").append('-').append(spaceAfter ? "" : " ");
    }

    /** Trims a line and collapses runs of spaces inside it. */
    static String tidyLine(String line) {
        String stripped = line.strip();
        return stripped.contains("  ") ? SPACES.matcher(stripped).replaceAll(" ") : stripped;
    }

    /**
     * Scraped text sometimes keeps its HTML: when it does, block tags become line breaks, captions, scripts,
     * styles and comments go, and other tags are dropped. Text without HTML tags is left alone ("a < b").
     */
    private static String stripMarkup(String text) {
        if (!HTML_TAG.matcher(text).find()) {
            return text;
        }
        String stripped = dropElements(text);
        stripped = HTML_LINE_BREAK.matcher(stripped).replaceAll("\n");
        stripped = HTML_BLOCK_TAG.matcher(stripped).replaceAll("\n\n");
        return HTML_ANY_TAG.matcher(stripped).replaceAll("");
    }

    /**
     * Replaces scripts, styles, captions and comments, from opening to closing tag, with a space. An element whose
     * closing tag is missing is left, and its name is not looked for again: a later one cannot be closed either, and
     * looking again from every opening tag would read the rest of the text once per tag.
     */
    private static String dropElements(String text) {
        Matcher opening = HTML_DROPPED_OPENING.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        Set<String> unclosed = new HashSet<>();
        int copied = 0;
        int from = 0;
        while (from < text.length() && opening.find(from)) {
            String name = opening.group(1) == null ? "--" : opening.group(1).toLowerCase(Locale.ROOT);
            int end = unclosed.contains(name) ? -1 : closingEnd(text, name, opening.end());
            if (end < 0) {
                unclosed.add(name);
                from = opening.end();
                continue;
            }
            out.append(text, copied, opening.start()).append(' ');
            copied = end;
            from = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The end of the closing tag of {@code name} ("--" for a comment) after {@code from}, or -1. */
    private static int closingEnd(String text, String name, int from) {
        if (name.equals("--")) {
            int close = text.indexOf("-->", from);
            return close < 0 ? -1 : close + 3;
        }
        Matcher closing = HTML_CLOSING_TAGS.get(name).matcher(text);
        return closing.find(from) ? closing.end() : -1;
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                replacement = Character.isValidCodePoint(codePoint) && codePoint != 0
                        ? new String(Character.toChars(codePoint)) : m.group();
            } else {
                replacement = NAMED_ENTITIES.getOrDefault(name.toLowerCase(), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
