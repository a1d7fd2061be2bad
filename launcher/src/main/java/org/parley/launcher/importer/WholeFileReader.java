package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A format whose file is one article, read whole once its size is known to be within a bound. */
abstract class WholeFileReader implements InputReader {

    private final long maxBytes;

    WholeFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public final Records open(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            return Records.of(List.of(ImportRecord.unreadable(file.toString(), "", Inputs.tooLarge(size, maxBytes))));
        }
        return Records.of(readWhole(file));
    }

    /** One file is one record, whatever is in it. */
    @Override
    public final long count(Path file) {
        return 1;
    }

    protected abstract List<ImportRecord> readWhole(Path file) throws IOException;
}
