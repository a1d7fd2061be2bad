package org.parley.launcher.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .csv} file whose header row names the columns text, title, url, source, publishedOn (any order). Read a
 * row at a time, so the file may be larger than memory.
 */
public final class CsvReader implements InputReader {

    @Override
    public Records open(Path file) throws IOException {
        return open(file.toString(), Utf8Reader.open(file));
    }

    /** The records of {@code in}, named {@code file} in reports; closing them closes {@code in}. */
    static Records open(String file, Reader in) {
        CsvParser parser = new CsvParser(in, Inputs.MAX_RECORD_CHARS);
        return new Records(in) {
            private List<String> header;
            private boolean finished;

            @Override
            protected ImportRecord readNext() throws IOException {
                if (finished) {
                    return null;
                }
                if (header == null) {
                    CsvParser.Row first = parser.next();
                    if (first == null) {
                        return null;
                    }
                    header = first.fields().stream().map(String::strip).toList();
                    if (header.stream().noneMatch(name -> name.equalsIgnoreCase("text"))) {
                        finished = true; // no row can be read without a text column
                        return ImportRecord.unreadable(file, "line 1", first.tooLong() ? Inputs.TOO_LONG
                                : "the header has no text column");
                    }
                }
                CsvParser.Row row = parser.next();
                if (row == null) {
                    return null;
                }
                String where = "line " + row.line();
                if (row.tooLong()) {
                    return ImportRecord.unreadable(file, where, Inputs.TOO_LONG);
                }
                if (row.fields().size() != header.size()) {
                    return ImportRecord.unreadable(file, where, row.fields().size() + " fields, the header has "
                            + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.fields().get(i));
                }
                return ImportRecord.of(file, where, ArticleFields.of(values));
            }

            @Override
            protected ImportRecord failure(IOException e) {
                return ImportRecord.unreadable(file, "line " + parser.line(), problem(e)
                        + "; the rest of the file was not read");
            }
        };
    }
}
