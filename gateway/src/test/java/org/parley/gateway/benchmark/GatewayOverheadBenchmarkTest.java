package org.parley.gateway.benchmark;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.gateway.testsupport.FakeSubgraphs;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Latency of a typical page query (50 engagements with participants, dates and evidence article titles) through
 * the gateway (which forwards it) against the same query sent straight to the fake entity subgraph. Run on demand:
 * {@code ./mvnw -o -pl gateway test -Dtest=GatewayOverheadBenchmarkTest -Dbench.gateway=true}.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
@EnabledIfSystemProperty(named = "bench.gateway", matches = "true")
class GatewayOverheadBenchmarkTest {

    private static final String PAGE_QUERY = """
            {"query":"{ engagements(first: 50) { totalCount nodes { id type status date { start end precision } participants { role actor { id name } } evidence { sentence article { id title } } } } }"}
            """;
    private static final String DIRECT_QUERY = """
            {"query":"{ engagements(first: 50) { totalCount nodes { id type status date { start end precision } participants { role actor { id name } } evidence { sentence article { id title } } } } }"}
            """;

    @TestHTTPResource("/graphql")
    URL gateway;

    @Test
    void measure() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI direct = URI.create(FakeSubgraphs.entity().url());
        for (int round = 0; round < 2; round++) { // first round warms up both
            report(round, "direct  ", run(http, direct, DIRECT_QUERY));
            report(round, "gateway ", run(http, gateway.toURI(), PAGE_QUERY));
        }
    }

    private static List<Long> run(HttpClient http, URI uri, String body) throws Exception {
        int threads = 8;
        int perThread = 150;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    long begin = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        throw new IllegalStateException(response.body());
                    }
                    latencies.add(System.nanoTime() - begin);
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        latencies.add(0, System.nanoTime() - start); // total, removed by report
        return latencies;
    }

    private static void report(int round, String label, List<Long> measured) {
        long total = measured.remove(0);
        List<Long> sorted = new ArrayList<>(measured);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        double throughput = sorted.size() / (total / 1e9);
        System.out.printf("BENCH round %d %s n=%d p50=%.2fms p99=%.2fms throughput=%.0f req/s%n",
                round, label, sorted.size(), p50, p99, throughput);
        assertTrue(sorted.size() > 0);
    }
}
