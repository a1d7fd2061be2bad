package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the input files under the given paths (folders recursively, in name order) and reads them by extension. */
public final class Inputs {

    private static final Map<String, InputReader> READERS = Map.of(
            "txt", new TextReader(),
            "jsonl", new JsonLinesReader(),
            "csv", new CsvReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader());

    private Inputs() {
    }

    /** Every record of every input; a named file of another kind, or one that cannot be read, is one unreadable record. */
    public static List<ImportRecord> read(List<Path> paths) {
        List<ImportRecord> records = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                InputReader reader = READERS.get(extension(file));
                if (reader == null) {
                    records.add(ImportRecord.unreadable(file.toString(), "", "not a .txt, .jsonl, .csv or .html file"));
                    continue;
                }
                try {
                    records.addAll(reader.read(file));
                } catch (CharacterCodingException e) {
                    records.add(ImportRecord.unreadable(file.toString(), "", "not UTF-8 text"));
                } catch (IOException | RuntimeException e) {
                    records.add(ImportRecord.unreadable(file.toString(), "", "cannot read: " + e.getMessage()));
                }
            }
        }
        return records;
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
