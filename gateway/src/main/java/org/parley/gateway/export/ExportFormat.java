package org.parley.gateway.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The export's two layouts (docs/export.md): PLOVER-style JSON Lines as entity-service writes them, or flat CSV. */
public enum ExportFormat {
    JSONL("application/jsonl", "jsonl"),
    CSV("text/csv; charset=UTF-8", "csv");

    /** CSV columns; list values are joined with {@link #LIST_SEPARATOR}. */
    public static final List<String> CSV_COLUMNS = List.of("id", "date", "enddate", "date_precision", "date_text",
            "type", "status", "event", "mode", "quad_code", "cameo_code", "actor", "actor_ids", "actor_countries",
            "actor_codes", "actor_sectors", "recipient", "recipient_ids", "recipient_countries", "recipient_codes",
            "recipient_sectors", "location", "location_country", "evidence_count",
            "article_count", "article_ids", "article_urls");

    public static final String LIST_SEPARATOR = "|";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a {@code format} parameter names; JSON Lines when it names none. */
    public static Optional<ExportFormat> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(JSONL);
        }
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The CSV header line. */
    public static String csvHeader() {
        return String.join(",", CSV_COLUMNS) + "\r\n";
    }

    /** One engagement row (the JSON Lines object) as a CSV line. */
    @SuppressWarnings("unchecked")
    public static String csvRow(Map<String, Object> row) {
        List<Map<String, Object>> actors = (List<Map<String, Object>>) row.getOrDefault("actor", List.of());
        List<Map<String, Object>> recipients = (List<Map<String, Object>>) row.getOrDefault("recipient", List.of());
        List<Map<String, Object>> cites = (List<Map<String, Object>>) row.getOrDefault("cite_info", List.of());
        Map<String, Object> location = (Map<String, Object>) row.getOrDefault("event_loc", Map.of());
        List<Object> cells = new ArrayList<>();
        for (String column : List.of("id", "date", "enddate", "date_precision", "date_text", "type", "status")) {
            cells.add(row.get(column));
        }
        cells.add(joined((List<Object>) row.get("event")));
        cells.add(joined((List<Object>) row.get("mode")));
        cells.add(row.get("quad_code"));
        cells.add(row.get("cameo_code"));
        cells.add(field(actors, "identifier_text"));
        cells.add(field(actors, "identifier_id"));
        cells.add(field(actors, "country"));
        cells.add(field(actors, "code"));
        cells.add(field(actors, "sector"));
        cells.add(field(recipients, "identifier_text"));
        cells.add(field(recipients, "identifier_id"));
        cells.add(field(recipients, "country"));
        cells.add(field(recipients, "code"));
        cells.add(field(recipients, "sector"));
        cells.add(location.get("extracted_place"));
        cells.add(location.get("country"));
        cells.add(row.get("evidence_count"));
        cells.add(row.get("article_count"));
        cells.add(field(cites, "citation"));
        cells.add(field(cites, "url"));
        return cells.stream().map(ExportFormat::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(List<Map<String, Object>> objects, String key) {
        return joined(objects.stream().map(o -> o.get(key)).toList());
    }

    private static String joined(List<Object> values) {
        return values == null ? "" : values.stream().map(v -> v == null ? "" : v.toString())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
