package org.parley.launcher.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .jsonl} file: one JSON object per line with text, title, url, source, publishedOn; blank lines skipped.
 * Read a line at a time, so the file may be larger than memory.
 */
public final class JsonLinesReader implements InputReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Records open(Path file) throws IOException {
        return open(file.toString(), Utf8Reader.open(file));
    }

    /** The records of {@code in}, named {@code file} in reports; closing them closes {@code in}. */
    static Records open(String file, Reader in) {
        BoundedLines lines = new BoundedLines(in, Inputs.MAX_RECORD_CHARS);
        return new Records(in) {
            @Override
            protected ImportRecord readNext() throws IOException {
                for (String line = lines.next(); line != null; line = lines.next()) {
                    String where = "line " + lines.number();
                    if (lines.tooLong()) {
                        return ImportRecord.unreadable(file, where, Inputs.TOO_LONG);
                    }
                    if (!line.isBlank()) {
                        return record(file, where, line);
                    }
                }
                return null;
            }

            @Override
            protected ImportRecord failure(IOException e) {
                return ImportRecord.unreadable(file, "line " + (lines.number() + 1), problem(e)
                        + "; the rest of the file was not read");
            }
        };
    }

    /** Counts the non-blank lines without parsing them. */
    @Override
    public long count(Path file) throws IOException {
        long count = 0;
        try (Reader in = Utf8Reader.open(file)) {
            BoundedLines lines = new BoundedLines(in, Inputs.MAX_RECORD_CHARS);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (lines.tooLong() || !line.isBlank()) {
                    count++;
                }
            }
        } catch (IOException e) {
            return count + 1; // the unreadable record that ends the file
        }
        return count;
    }

    private static ImportRecord record(String file, String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return ImportRecord.unreadable(file, where, "not valid JSON");
        }
        if (!node.isObject()) {
            return ImportRecord.unreadable(file, where, "not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return ImportRecord.of(file, where, ArticleFields.of(values));
    }
}
