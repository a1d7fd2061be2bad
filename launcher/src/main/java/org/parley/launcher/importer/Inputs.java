package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the input files under the given paths (folders recursively, in name order) and reads them by extension, a
 * record at a time: JSON Lines and CSV files are streamed, so their size is not limited by memory.
 */
public final class Inputs {

    /**
     * The longest record (a JSON Lines line, a CSV row) read into memory: ingest-service takes request bodies of at
     * most 1 MB, so a longer record could not be imported anyway. A longer one is skipped and reported.
     */
    static final int MAX_RECORD_CHARS = 1 << 20;
    static final String TOO_LONG = "longer than " + MAX_RECORD_CHARS + " characters, more than ingest-service accepts";
    /** The largest .txt file read (4 bytes per character at most, so it may hold {@link #MAX_RECORD_CHARS}). */
    static final long MAX_TEXT_FILE_BYTES = 4L * MAX_RECORD_CHARS;
    /** The largest .html page parsed: pages carry scripts, styles and inline images besides their story. */
    static final long MAX_HTML_FILE_BYTES = 16L * MAX_RECORD_CHARS;

    private static final Map<String, InputReader> READERS = Map.of(
            "txt", new TextReader(),
            "jsonl", new JsonLinesReader(),
            "csv", new CsvReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader());

    private Inputs() {
    }

    /** How many records {@link #open} will give: streams through JSON Lines and CSV files, counts others as one. */
    public static long count(List<Path> paths) {
        long count = 0;
        for (Path file : files(paths)) {
            InputReader reader = READERS.get(extension(file));
            try {
                count += reader == null ? 1 : reader.count(file);
            } catch (IOException | RuntimeException e) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every record of every input, read as they are asked for; a named file of another kind, or one that cannot be
     * opened, is one unreadable record.
     */
    public static Records open(List<Path> paths) {
        Iterator<Path> files = files(paths).iterator();
        return new Records() {
            private Records current;
            private String currentFile;

            @Override
            protected ImportRecord readNext() {
                while (true) {
                    if (current != null) {
                        if (current.hasNext()) {
                            return current.next();
                        }
                        current.close();
                        current = null;
                    }
                    if (!files.hasNext()) {
                        return null;
                    }
                    Path file = files.next();
                    currentFile = file.toString();
                    InputReader reader = READERS.get(extension(file));
                    if (reader == null) {
                        return ImportRecord.unreadable(currentFile, "", "not a .txt, .jsonl, .csv or .html file");
                    }
                    try {
                        current = reader.open(file);
                    } catch (IOException e) {
                        return ImportRecord.unreadable(currentFile, "", problem(e));
                    } catch (RuntimeException e) {
                        return ImportRecord.unreadable(currentFile, "", "cannot read: " + e.getMessage());
                    }
                }
            }

            @Override
            protected ImportRecord failure(IOException e) {
                return ImportRecord.unreadable(currentFile, "", problem(e));
            }

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                }
            }
        };
    }

    /** Every record of every input at once: for tests and small inputs; an import uses {@link #open}. */
    public static List<ImportRecord> read(List<Path> paths) {
        List<ImportRecord> records = new ArrayList<>();
        try (Records all = open(paths)) {
            all.forEachRemaining(records::add);
        }
        return records;
    }

    static String tooLarge(long bytes, long limit) {
        return "a file of %,d bytes; at most %,d are read, more than ingest-service accepts".formatted(bytes, limit);
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(files(path));
        }
        return files;
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        // inside a folder only the known kinds count: sidecar .json files and anything else are left alone
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(file -> READERS.containsKey(extension(file))).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot list " + path, e);
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
