package org.parley.gateway.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.RecordSubgraphs;

/**
 * The explorer in a real headless browser (Debian chromium driven by playwright-core, see
 * {@code src/test/browser/explorer.mjs}) over the gateway and a varied record ({@link RecordSubgraphs}): the home
 * page, its filters, timeline and rankings, an actor, a pair, an engagement's evidence, the search, Back between
 * them and the keyboard. A screenshot of each view is kept in {@code target/explorer/}. Needs
 * {@code /usr/bin/chromium} and {@code npm ci} in {@code src/test/browser}; skipped without them.
 */
@QuarkusTest
@TestProfile(ExplorerBrowserTest.Record.class)
class ExplorerBrowserTest {

    /**
     * RecordSubgraphs alone: an annotated test resource is global in Quarkus (it would serve every test of the
     * module), and both fakes set the same subgraph URLs.
     */
    public static class Record implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RecordSubgraphs.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final List<String> VIEWS = List.of("home", "home-empty", "actor", "engagement", "search");

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAnalystFiltersTheRecordAndFollowsItToActorsAndEvidence() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no chromium at " + chromium);
        assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
                "run npm ci in " + SCRIPT_DIR.toAbsolutePath());
        Path screenshots = Path.of("target/explorer").toAbsolutePath();
        Files.createDirectories(screenshots);
        for (String view : VIEWS) {
            Files.deleteIfExists(screenshots.resolve(view + ".png"));
        }
        Process node = new ProcessBuilder("node", "explorer.mjs",
                base.toString().replaceAll("/$", ""), screenshots.toString())
                .directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .start();
        boolean finished = node.waitFor(300, TimeUnit.SECONDS); // a loaded CI machine takes about a minute
        String output = new String(node.getInputStream().readAllBytes());
        if (!finished) {
            node.destroyForcibly();
        }
        assertTrue(finished, "browser run timed out: " + output);
        assertEquals(0, node.exitValue(), output);
        for (String view : VIEWS) {
            Path screenshot = screenshots.resolve(view + ".png");
            assertTrue(Files.exists(screenshot) && Files.size(screenshot) > 10_000, "screenshot written: " + screenshot);
        }
    }
}
