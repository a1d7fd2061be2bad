package org.parley.ingest.normalise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's seed articles (seeds/ at the repository root), found from wherever the tests run. */
final class SeedFiles {

    private SeedFiles() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ directory above " + Path.of("").toAbsolutePath());
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The text of the seed whose file name starts with {@code number} ("000"). */
    static String read(String number) throws IOException {
        Path file = all().stream().filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                .orElseThrow(() -> new AssertionError("seed " + number + " not found in " + dir()));
        return Files.readString(file);
    }
}
