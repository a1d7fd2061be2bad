package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportOptionsTest {

    @TempDir
    Path cwd;

    @Test
    void pathsAreTheCallersAndDefaultsLiveInTheStateDirectory() throws IOException {
        Files.createDirectories(cwd.resolve("articles"));
        Files.writeString(cwd.resolve("more.jsonl"), "");
        Path state = Path.of("/repo/.parley");

        Import.Options options = Import.Options.parse(new String[] {"articles", "more.jsonl"}, cwd, state);

        assertEquals(List.of(cwd.resolve("articles"), cwd.resolve("more.jsonl")), options.paths());
        assertEquals("http://localhost:8081", options.url());
        assertEquals(4, options.concurrency());
        assertEquals(state.resolve("import-report.tsv"), options.report());
        assertEquals(state.resolve("import-state"), options.state());
    }

    @Test
    void optionsOverrideTheDefaults() throws IOException {
        Files.writeString(cwd.resolve("a.txt"), "A");

        Import.Options options = Import.Options.parse(new String[] {"--url", "http://ingest:8081", "a.txt",
                "--concurrency", "8", "--report", "out/report.tsv"}, cwd, cwd.resolve(".parley"));

        assertEquals("http://ingest:8081", options.url());
        assertEquals(8, options.concurrency());
        assertEquals(cwd.resolve("out/report.tsv"), options.report());
    }

    @Test
    void mistakesAreExplained() {
        Path state = cwd.resolve(".parley");
        assertEquals("no PATH to import", assertThrows(IllegalArgumentException.class,
                () -> Import.Options.parse(new String[] {}, cwd, state)).getMessage());
        assertEquals("no such file or folder: " + cwd.resolve("missing.txt"), assertThrows(IllegalArgumentException.class,
                () -> Import.Options.parse(new String[] {"missing.txt"}, cwd, state)).getMessage());
        assertEquals("--concurrency needs a value", assertThrows(IllegalArgumentException.class,
                () -> Import.Options.parse(new String[] {"--concurrency"}, cwd, state)).getMessage());
        assertEquals("unknown option --fast", assertThrows(IllegalArgumentException.class,
                () -> Import.Options.parse(new String[] {"--fast", "x"}, cwd, state)).getMessage());
    }

    @Test
    void helpIsAskedForAnywhereOnTheLineAndNamesEveryOption() {
        assertTrue(Import.wantsHelp(new String[] {"articles", "--help"}));
        assertTrue(Import.wantsHelp(new String[] {"-h"}));
        assertFalse(Import.wantsHelp(new String[] {"articles"}));
        for (String option : List.of("--url", "--concurrency", "--report", "--state", ".txt", ".jsonl", ".csv", ".html",
                "PARLEY_TOKEN")) {
            assertTrue(Import.HELP.contains(option), option);
        }
    }
}
