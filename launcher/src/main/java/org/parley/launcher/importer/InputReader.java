package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the articles of one input file. */
public interface InputReader {

    List<ImportRecord> read(Path file) throws IOException;
}
