package org.parley.launcher.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code .jsonl} file: one JSON object per line with text, title, url, source, publishedOn; blank lines skipped. */
public final class JsonLinesReader implements InputReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ImportRecord> read(Path file) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = "line " + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    records.add(ImportRecord.unreadable(file.toString(), where, "not valid JSON"));
                    continue;
                }
                if (!node.isObject()) {
                    records.add(ImportRecord.unreadable(file.toString(), where, "not a JSON object"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                node.fields().forEachRemaining(field -> {
                    if (!field.getValue().isNull()) {
                        values.put(field.getKey(), field.getValue().asText());
                    }
                });
                records.add(ImportRecord.of(file.toString(), where, ArticleFields.of(values)));
            }
        }
        return records;
    }
}
