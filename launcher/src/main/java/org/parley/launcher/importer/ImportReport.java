package org.parley.launcher.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The report file: one tab-separated line (file, line or record, outcome, reason) per rejected or failed input. */
public final class ImportReport {

    /** One line of the report. */
    public record Entry(String file, String where, Outcome.Kind kind, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(ImportRecord record, Outcome outcome) {
        entries.add(new Entry(record.file(), record.where(), outcome.kind(), outcome.reason()));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the report, sorted by file and position, replacing an earlier one. */
    public synchronized void write(Path file) {
        StringBuilder tsv = new StringBuilder("file\trecord\toutcome\treason\n");
        entries.stream()
                .sorted(Comparator.comparing(Entry::file).thenComparing(entry -> position(entry.where())))
                .forEach(entry -> tsv.append(clean(entry.file())).append('\t').append(clean(entry.where())).append('\t')
                        .append(entry.kind()).append('\t').append(clean(entry.reason())).append('\n'));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + file, e);
        }
    }

    private static int position(String where) {
        String digits = where.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
