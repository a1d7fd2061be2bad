package org.parley.launcher.bench;

import org.parley.launcher.client.ParleyClient;
import org.parley.launcher.stack.LocalStack;
import org.parley.launcher.stack.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end ingest throughput: articles submitted through the gateway until every one is PROCESSED (normalised,
 * extracted, delivered, resolved, stored) on a fresh local system. Usage: {@code IngestBenchmark [ARTICLES [WARM_UP]]}, articles from {@code seeds/} or {@code -Dbench.articles=DIR};
 * the warm-up articles (300 by default) let the JIT compiler finish with the hot paths first, so the measured run
 * shows the steady state of a long-running system; the warm-up's own rate is printed as the cold-start figure.
 * Each article is a seed with a numbered closing sentence, so none is deduplicated as a repeat.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        // -Dbench.articles=DIR measures on another mix, e.g. the extraction corpus's development pages
        Path source = Path.of(System.getProperty("bench.articles", root.resolve("seeds").toString()));
        List<String> seeds = new ArrayList<>();
        for (Path file : articleFiles(source)) {
            seeds.add(Files.readString(file));
        }
        System.out.printf("articles from %s: %d files%n", source, seeds.size());
        Path state = Files.createTempDirectory(root.resolve("launcher/target"), "ingest-bench-");
        try (LocalStack stack = LocalStack.start(root, state, LocalStack.Ports.random())) {
            ParleyClient client = new ParleyClient(stack.graphqlUrl(), stack.token().value());
            run(client, seeds, 0, warmUp, "warm-up");
            Map<String, Duration> before = cpuTimes(stack, state);
            run(client, seeds, warmUp, count, "measured");
            Map<String, Duration> after = cpuTimes(stack, state);
            before.forEach((process, cpu) -> System.out.printf("CPU per measured article, %s: %.0f ms%n", process,
                    after.get(process).minus(cpu).toNanos() / 1e6 / count));
            double allMillis = before.keySet().stream()
                    .mapToDouble(process -> after.get(process).minus(before.get(process)).toNanos() / 1e6 / count).sum();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("CPU per measured article, all processes: %.0f ms (at most %.1f articles/s on %d cores)%n",
                    allMillis, cores * 1000 / allMillis, cores);
            System.out.printf("ingest-service RSS after the run: %d MB%n", stack.ingest().residentKilobytes() / 1024);
            System.out.printf("mean extraction time (ingest-service, all runs): %.0f ms%n",
                    meanMillis(stack.ingest().baseUrl(), "parley_extraction_duration_seconds", ""));
            System.out.printf("mean delivery handling time (entity-service PUT /extractions): %.0f ms%n",
                    meanMillis(stack.entity().baseUrl(), "http_server_requests_seconds", "/extractions/{articleId}"));
        } finally {
            LocalStack.deleteState(state);
        }
    }

    /** The .txt files of a folder and its subfolders, in name order. */
    private static List<Path> articleFiles(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** CPU time used so far by each service, by PostgreSQL (all its processes) and by this load generator. */
    private static Map<String, Duration> cpuTimes(LocalStack stack, Path state) {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (ServiceProcess service : stack.services()) {
            times.put(service.name(), ProcessStats.cpuTime(service.pid()));
        }
        times.put("PostgreSQL", ProcessStats.treeCpuTime(state.resolve("pgdata").toString()));
        times.put("load generator", ProcessStats.cpuTime(ProcessHandle.current().pid()));
        return times;
    }

    /** Mean of a Prometheus timer from a service's /q/metrics, in milliseconds; series filtered by a label value. */
    private static double meanMillis(String baseUrl, String timer, String labelValue) {
        try {
            String metrics = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/q/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            double count = 0;
            for (String line : metrics.lines().toList()) {
                if (!line.contains(labelValue)) {
                    continue;
                }
                if (line.startsWith(timer + "_sum")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.startsWith(timer + "_count")) {
                    count += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return count == 0 ? Double.NaN : 1000 * sum / count;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static void run(ParleyClient client, List<String> seeds, int firstNumber, int count, String label) {
        long words = 0;
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String text = seeds.get(i % seeds.size())
                    + "\n\nThis report was filed as dispatch number " + (firstNumber + i + 1) + " of the series.";
            words += text.split("\\s+").length;
            ids.add(client.ingest(text));
        }
        client.awaitProcessed(ids, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d articles (%d words) in %.1f s: %.2f articles/s, %.0f words/s end to end%n",
                label, count, words, seconds, count / seconds, words / seconds);
    }
}
