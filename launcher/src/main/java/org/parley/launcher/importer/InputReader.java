package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the articles of one input file. */
public interface InputReader {

    /** The file's records, read lazily as the caller asks for them. */
    Records open(Path file) throws IOException;

    /** How many records {@link #open} will give, for the progress total; reads the file without keeping it. */
    default long count(Path file) throws IOException {
        long count = 0;
        try (Records records = open(file)) {
            while (records.hasNext()) {
                records.next();
                count++;
            }
        }
        return count;
    }

    /** All of the file's records at once: for small files and tests; an import uses {@link #open}. */
    default List<ImportRecord> read(Path file) throws IOException {
        List<ImportRecord> all = new ArrayList<>();
        try (Records records = open(file)) {
            records.forEachRemaining(all::add);
        }
        return all;
    }
}
