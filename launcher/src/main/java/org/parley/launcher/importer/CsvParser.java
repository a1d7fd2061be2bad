package org.parley.launcher.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV parser: comma-separated fields, double-quoted fields may hold commas, line breaks and {@code ""}
 * for a quote; records end with CRLF or LF. Each row remembers the line it starts on.
 */
public final class CsvParser {

    /** One record and the 1-based line it starts on. */
    public record Row(int line, List<String> fields) {
    }

    private CsvParser() {
    }

    /** All rows of {@code content}; a final line break does not make an empty row. */
    public static List<Row> parse(String content) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean rowStarted = false;
        int i = content.startsWith("\uFEFF") ? 1 : 0;
        for (; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    // a quote inside an unquoted field is kept as it is, as most spreadsheets write it
                    if (field.length() == 0) {
                        quoted = true;
                    } else {
                        field.append(c);
                    }
                    rowStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    rowStarted = true;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is kept out of the field as well
                }
                case '\n' -> {
                    if (rowStarted || field.length() > 0) {
                        fields.add(field.toString());
                        rows.add(new Row(rowLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    rowStarted = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    field.append(c);
                    rowStarted = true;
                }
            }
        }
        if (rowStarted || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
