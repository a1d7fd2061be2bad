package org.parley.ingest.normalise;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final String BLOCK_ELEMENTS = "p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer"
            + "|figure|table|tr|td|th|aside|nav|main|title|dd|dt|dl|hr";
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</(?:" + BLOCK_ELEMENTS + "|span|a|em|strong|b|i|script|style|figcaption)>|<br\\s*/?>");
    private static final Pattern HTML_DROPPED_ELEMENTS = Pattern.compile(
            "(?is)<(script|style|figcaption|noscript|svg|iframe)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern HTML_LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("(?i)</?(?:" + BLOCK_ELEMENTS + ")\\b[^>]*>");
    private static final Pattern HTML_ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>");

    private CharacterNormaliser() {
    }

    static String normalise(String raw) {
        String text = Normalizer.normalize(decodeEntities(stripMarkup(raw)), Normalizer.Form.NFC);
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
                    } else if (c >= '\u0080' && c <= '\u009F' && !InputGuard.isStrayControl(c)) {
                        // Windows-1252 punctuation that was decoded as Latin-1: fix it, then normalise it.
                        String fixed = new String(new byte[] {(byte) c}, WINDOWS_1252);
                        out.append(normalise(fixed));
                    } else if (!InputGuard.isStrayControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An em dash between two words becomes a spaced hyphen, so it is not mistaken for a compound word. */
    private static void appendDash(StringBuilder out, String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        out.append(spaceBefore ? "" : " ").append('-').append(spaceAfter ? "" : " ");
    }

    /** Trims a line and collapses runs of spaces inside it. */
    static String tidyLine(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ");
    }

    /**
     * Scraped text sometimes keeps its HTML: when it does, block tags become line breaks, captions, scripts,
     * styles and comments go, and other tags are dropped. Text without HTML tags is left alone ("a < b").
     */
    private static String stripMarkup(String text) {
        if (!HTML_TAG.matcher(text).find()) {
            return text;
        }
        String stripped = HTML_DROPPED_ELEMENTS.matcher(text).replaceAll(" ");
        stripped = HTML_LINE_BREAK.matcher(stripped).replaceAll("\n");
        stripped = HTML_BLOCK_TAG.matcher(stripped).replaceAll("\n\n");
        return HTML_ANY_TAG.matcher(stripped).replaceAll("");
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
