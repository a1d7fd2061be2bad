package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code .csv} file whose header row names the columns text, title, url, source, publishedOn (any order). */
public final class CsvReader implements InputReader {

    @Override
    public List<ImportRecord> read(Path file) throws IOException {
        List<CsvParser.Row> rows = CsvParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        if (header.stream().noneMatch(name -> name.equalsIgnoreCase("text"))) {
            return List.of(ImportRecord.unreadable(file.toString(), "line 1", "the header has no text column"));
        }
        List<ImportRecord> records = new ArrayList<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line();
            if (row.fields().size() != header.size()) {
                records.add(ImportRecord.unreadable(file.toString(), where, row.fields().size() + " fields, the header has "
                        + header.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), row.fields().get(i));
            }
            records.add(ImportRecord.of(file.toString(), where, ArticleFields.of(values)));
        }
        return records;
    }
}
