package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A safety net against super-linear normalising: every pathological shape at the size limit is accepted or
 * rejected within 2 s of CPU (NormaliseBenchmark gives the real figures). CPU time rather than wall time, because
 * the machines that run the tests are shared; a wall-clock limit catches a runaway all the same.
 */
class NormaliserLinearTimeTest {

    private static final Duration CPU_LIMIT = Duration.ofSeconds(2);
    private static final Duration WALL_LIMIT = Duration.ofSeconds(30);

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    static Stream<Arguments> shapes() {
        return PathologicalInputs.SHAPES.entrySet().stream()
                .map(shape -> Arguments.of(shape.getKey(), shape.getValue().apply(ArticleNormaliser.MAX_CHARACTERS)));
    }

    @BeforeAll
    static void warmUp() {
        new ArticleNormaliser().normalise(PathologicalInputs.STORY, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void answersWithinTheLimitAtFullSize(String shape, String raw) {
        assertTrue(raw.length() <= ArticleNormaliser.MAX_CHARACTERS
                && raw.length() > ArticleNormaliser.MAX_CHARACTERS * 9 / 10, shape + ": " + raw.length());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuNanos = assertTimeoutPreemptively(WALL_LIMIT, () -> {
            long start = threads.getCurrentThreadCpuTime();
            try {
                normaliser.normalise(raw, null);
            } catch (ArticleRejectedException rejected) {
                // rejected is an answer too
            }
            return threads.getCurrentThreadCpuTime() - start;
        });
        assertTrue(cpuNanos < CPU_LIMIT.toNanos(), shape + " took " + cpuNanos / 1_000_000 + " ms of CPU");
    }
}
