package org.parley.launcher.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .txt} article: metadata from a sidecar {@code NAME.json}, else from front matter between {@code ---}
 * lines ({@code key: value}); the title is otherwise the first non-blank line.
 */
public final class TextReader extends WholeFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TextReader() {
        super(Inputs.MAX_TEXT_FILE_BYTES);
    }

    @Override
    protected List<ImportRecord> readWhole(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        String text = content;
        List<String> lines = content.lines().toList();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = 1;
            while (end < lines.size() && !lines.get(end).strip().equals("---")) {
                end++;
            }
            if (end < lines.size()) {
                for (String line : lines.subList(1, end)) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        meta.put(line.substring(0, colon), unquote(line.substring(colon + 1).strip()));
                    }
                }
                text = String.join("\n", lines.subList(end + 1, lines.size()));
            }
        }
        ArticleFields fields = ArticleFields.of(with(meta, "text", text));
        Path sidecar = file.resolveSibling(baseName(file) + ".json");
        if (Files.isRegularFile(sidecar)) {
            try {
                fields = ArticleFields.of(with(sidecarValues(sidecar), "text", text)).or(fields);
            } catch (IOException e) {
                return List.of(ImportRecord.unreadable(file.toString(), "", "sidecar " + sidecar.getFileName()
                        + " is not a JSON object"));
            }
        }
        if (fields.title() == null) {
            String firstLine = text.strip().lines().findFirst().orElse("").strip();
            fields = fields.or(new ArticleFields("", firstLine.isEmpty() ? null : firstLine, null, null, null));
        }
        return List.of(ImportRecord.of(file.toString(), "", fields));
    }

    private static Map<String, String> sidecarValues(Path sidecar) throws IOException {
        JsonNode node = JSON.readTree(sidecar.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException("not an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
