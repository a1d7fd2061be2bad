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
 * the machines that run the tests are shared; a wall-clock limit catches a runaway all the same. The best of up to
 * three runs counts: on a crowded virtual machine one run now and then is charged several times its CPU (stolen
 * time, page faults of a growing heap), while a super-linear path misses the limit on every run.
 */
class NormaliserLinearTimeTest {

    private static final Duration CPU_LIMIT = Duration.ofSeconds(2);
    private static final Duration WALL_LIMIT = Duration.ofSeconds(30);
    private static final int RUNS = 3;

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    static Stream<Arguments> shapes() {
        return PathologicalInputs.SHAPES.entrySet().stream()
                .map(shape -> Arguments.of(shape.getKey(), shape.getValue().apply(ArticleNormaliser.MAX_CHARACTERS)));
    }

    /** Measures a warm normaliser, as a running service has: every shape once at a sixteenth of the size. */
    @BeforeAll
    static void warmUp() {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        for (var shape : PathologicalInputs.SHAPES.values()) {
            try {
                normaliser.normalise(shape.apply(ArticleNormaliser.MAX_CHARACTERS / 16), null);
            } catch (ArticleRejectedException rejected) {
                // warm all the same
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void answersWithinTheLimitAtFullSize(String shape, String raw) {
        assertTrue(raw.length() <= ArticleNormaliser.MAX_CHARACTERS
                && raw.length() > ArticleNormaliser.MAX_CHARACTERS * 9 / 10, shape + ": " + raw.length());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS && best >= CPU_LIMIT.toNanos(); run++) {
            long cpuNanos = assertTimeoutPreemptively(WALL_LIMIT, () -> {
                long start = threads.getCurrentThreadCpuTime();
                try {
                    normaliser.normalise(raw, null);
                } catch (ArticleRejectedException rejected) {
                    // rejected is an answer too
                }
                return threads.getCurrentThreadCpuTime() - start;
            });
            best = Math.min(best, cpuNanos);
        }
        assertTrue(best < CPU_LIMIT.toNanos(), shape + " took " + best / 1_000_000 + " ms of CPU at best");
    }
}
