package org.parley.ingest.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Time to normalise each pathological shape ({@link PathologicalInputs}) and the seed articles at doubling sizes up
 * to the size limit: linear normalising doubles its time per doubling, quadratic quadruples it. Not a test: run it
 * by hand (see docs/benchmarks.md):
 * <pre>
 * ./mvnw -o -q -pl ingest-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ingest-service/target/classes:ingest-service/target/test-classes:$(cat ingest-service/target/cp.txt) \
 *      org.parley.ingest.normalise.NormaliseBenchmark [runs=5]
 * </pre>
 * Prints the median CPU and wall milliseconds of {@code runs} runs per size, after a warm-up round.
 */
public final class NormaliseBenchmark {

    private static final int[] SIZES = {12_500, 25_000, 50_000, 100_000, ArticleNormaliser.MAX_CHARACTERS};

    private NormaliseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ArticleNormaliser normaliser = new ArticleNormaliser();
        String seeds = String.join("\n\n", SeedFiles.all().stream().map(NormaliseBenchmark::read).toList());
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>(PathologicalInputs.SHAPES);
        shapes.put("seed articles repeated", size -> (seeds + "\n\n").repeat(size / seeds.length() + 1)
                .substring(0, size));
        for (IntFunction<String> shape : shapes.values()) {
            for (int size : SIZES) {
                time(normaliser, shape.apply(size)); // warm-up
            }
        }
        StringBuilder header = new StringBuilder(String.format("%-48s", "input (CPU ms / wall ms, median)"));
        for (int size : SIZES) {
            header.append(String.format(" | %13s", size / 1000.0 + "k chars"));
        }
        System.out.println(header + " | ×, 100k→200k");
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-48s", shape.getKey()));
            double[] cpu = new double[SIZES.length];
            for (int s = 0; s < SIZES.length; s++) {
                String raw = shape.getValue().apply(SIZES[s]);
                double[][] samples = new double[2][runs];
                for (int r = 0; r < runs; r++) {
                    double[] t = time(normaliser, raw);
                    samples[0][r] = t[0];
                    samples[1][r] = t[1];
                }
                cpu[s] = median(samples[0]);
                row.append(String.format(" | %6.1f / %5.1f", cpu[s], median(samples[1])));
            }
            // The growth of the last doubling (100k → 200k), where a quadratic path shows most.
            row.append(String.format(" | %.1f×", cpu[SIZES.length - 1] / Math.max(0.05, cpu[SIZES.length - 2])));
            System.out.println(row);
        }
    }

    /** CPU and wall milliseconds of one normalising, rejected or not. */
    private static double[] time(ArticleNormaliser normaliser, String raw) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try {
            normaliser.normalise(raw, null);
        } catch (ArticleRejectedException rejected) {
            // an answer too
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
