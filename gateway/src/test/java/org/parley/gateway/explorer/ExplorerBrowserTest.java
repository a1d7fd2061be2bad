package org.parley.gateway.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/**
 * The explorer in a real headless browser (Debian chromium driven by playwright-core, see
 * {@code src/test/browser/explorer.mjs}): search, timeline, network, evidence highlight; the screenshot is kept at
 * {@code target/explorer.png}. Needs {@code /usr/bin/chromium} and {@code npm ci} in {@code src/test/browser};
 * skipped without them.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ExplorerBrowserTest {

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAnalystCanGoFromSearchToTheEvidenceSentence() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no chromium at " + chromium);
        assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
                "run npm ci in " + SCRIPT_DIR.toAbsolutePath());
        Path screenshot = Path.of("target/explorer.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Process node = new ProcessBuilder("node", "explorer.mjs",
                base.toString().replaceAll("/$", ""), screenshot.toString())
                .directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes());
        if (!finished) {
            node.destroyForcibly();
        }
        assertTrue(finished, "browser run timed out: " + output);
        assertEquals(0, node.exitValue(), output);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot written: " + screenshot);
    }
}
