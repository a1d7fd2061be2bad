package org.parley.launcher.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The body of {@code POST /articles}: the text and optional title, url, source and publishedOn (yyyy-MM-dd). */
public record ArticleFields(String text, String title, String url, String source, String publishedOn) {

    /** The field names, as in the JSON body, JSON Lines records, CSV headers and front matter. */
    public static final java.util.List<String> NAMES = java.util.List.of("text", "title", "url", "source", "publishedOn");

    /** Fields from named values (names matched without regard to case; blank values are absent). */
    public static ArticleFields of(Map<String, String> values) {
        Map<String, String> byName = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name != null && value != null && !value.isBlank()) {
                byName.put(name.strip().toLowerCase(Locale.ROOT), value);
            }
        });
        return new ArticleFields(byName.getOrDefault("text", ""), strip(byName.get("title")), strip(byName.get("url")),
                strip(byName.get("source")), strip(byName.get("publishedon")));
    }

    /** These fields, each absent one taken from {@code fallback}. */
    public ArticleFields or(ArticleFields fallback) {
        return new ArticleFields(text.isEmpty() ? fallback.text : text, either(title, fallback.title),
                either(url, fallback.url), either(source, fallback.source), either(publishedOn, fallback.publishedOn));
    }

    /** The JSON body, without absent fields. */
    public Map<String, String> body() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", text);
        if (title != null) body.put("title", title);
        if (url != null) body.put("url", url);
        if (source != null) body.put("source", source);
        if (publishedOn != null) body.put("publishedOn", publishedOn);
        return body;
    }

    private static String either(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
