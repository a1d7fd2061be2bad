package org.parley.launcher.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV parser: comma-separated fields, double-quoted fields may hold commas, line breaks and {@code ""}
 * for a quote; records end with CRLF or LF. Each row remembers the line it starts on. Rows are read one at a time
 * from a reader, and a row longer than {@code maxChars} is skipped to its end (marked {@code tooLong}, without
 * fields), so neither a large file nor an unclosed quote is ever held in memory whole.
 */
public final class CsvParser {

    /** One record and the 1-based line it starts on; a {@code tooLong} row has no fields. */
    public record Row(int line, List<String> fields, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private int line = 1;
    private boolean started;

    public CsvParser(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** All rows of {@code content}; a final line break does not make an empty row. */
    public static List<Row> parse(String content) {
        CsvParser parser = new CsvParser(new StringReader(content), Integer.MAX_VALUE);
        List<Row> rows = new ArrayList<>();
        try {
            for (Row row = parser.next(); row != null; row = parser.next()) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The line the next row starts on, or where reading stopped. */
    public int line() {
        return line;
    }

    /** The next row, or null at the end; blank lines between rows are skipped. */
    public Row next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int fieldChars = 0;
        long rowChars = 0;
        boolean tooLong = false;
        boolean quoted = false;
        boolean rowStarted = false;
        int rowLine = line;
        while (true) {
            int c = read();
            if (c < 0) {
                if (rowStarted || fieldChars > 0) {
                    return row(rowLine, fields, field, tooLong);
                }
                return null;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                    } else {
                        quoted = false;
                        continue;
                    }
                } else if (c == '\n') {
                    line++;
                }
            } else if (c == '"' && fieldChars == 0) {
                quoted = true;
                rowStarted = true;
                continue;
            } else if (c == ',') {
                if (!tooLong) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                fieldChars = 0;
                rowStarted = true;
                continue;
            } else if (c == '\r') {
                // part of CRLF; a lone CR is kept out of the field as well
                continue;
            } else if (c == '\n') {
                line++;
                if (rowStarted || fieldChars > 0) {
                    return row(rowLine, fields, field, tooLong);
                }
                rowLine = line;
                continue;
            }
            // a quote inside an unquoted field is kept as it is, as most spreadsheets write it
            fieldChars++;
            rowStarted = true;
            if (!tooLong) {
                field.append((char) c);
                if (++rowChars > maxChars) {
                    tooLong = true;
                    fields.clear();
                    field.setLength(0);
                }
            }
        }
    }

    private static Row row(int line, List<String> fields, StringBuilder field, boolean tooLong) {
        if (tooLong) {
            return new Row(line, List.of(), true);
        }
        fields.add(field.toString());
        return new Row(line, List.copyOf(fields), false);
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    private boolean fill() throws IOException {
        if (position < length) {
            return true;
        }
        length = Math.max(in.read(buffer), 0);
        position = 0;
        return length > 0;
    }
}
