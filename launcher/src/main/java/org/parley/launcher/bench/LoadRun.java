package org.parley.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads, each with its own HTTP/1.1 connection, POST the same GraphQL request
 * back to back until the duration is over. A response counts as an error unless it is HTTP 200 without
 * {@code "errors"}; only successful responses enter the latency figures.
 */
final class LoadRun {

    /** Figures of one run. */
    record Result(int clients, long[] sortedNanos, long errors, Duration elapsed, String firstError) {

        long requests() {
            return sortedNanos.length;
        }

        double throughput() {
            return sortedNanos.length / (elapsed.toNanos() / 1e9);
        }

        /** Nearest-rank percentile in milliseconds; NaN without successful requests. */
        double percentileMillis(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }

        /** The two runs' requests together, as if they were one run of their summed durations. */
        Result plus(Result other) {
            long[] all = Arrays.copyOf(sortedNanos, sortedNanos.length + other.sortedNanos.length);
            System.arraycopy(other.sortedNanos, 0, all, sortedNanos.length, other.sortedNanos.length);
            Arrays.sort(all);
            return new Result(clients, all, errors + other.errors, elapsed.plus(other.elapsed),
                    firstError != null ? firstError : other.firstError);
        }

        double maxMillis() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    private final URI endpoint;
    private final byte[] body;

    LoadRun(String endpoint, String requestJson) {
        this.endpoint = URI.create(endpoint);
        this.body = requestJson.getBytes(StandardCharsets.UTF_8);
    }

    Result run(int clients, Duration duration) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>(clients);
        long[][] latencies = new long[clients][];
        long[] counts = new long[clients];
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                long[] own = new long[4096];
                int n = 0;
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    String problem = send(http, request);
                    long took = System.nanoTime() - sent;
                    if (problem == null) {
                        if (n == own.length) {
                            own = Arrays.copyOf(own, n * 2);
                        }
                        own[n++] = took;
                    } else {
                        errors[client]++;
                        firstError.compareAndSet(null, problem);
                    }
                }
                latencies[client] = Arrays.copyOf(own, n);
                counts[client] = n;
            }, "load-client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during the load run", e);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long[] all = new long[(int) Arrays.stream(counts).sum()];
        int offset = 0;
        for (long[] own : latencies) {
            System.arraycopy(own, 0, all, offset, own.length);
            offset += own.length;
        }
        Arrays.sort(all);
        return new Result(clients, all, Arrays.stream(errors).sum(), elapsed, firstError.get());
    }

    /** Null when the response is a clean 200, else what was wrong. */
    private static String send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
            }
            if (response.body().contains("\"errors\"")) {
                return "GraphQL errors: " + abbreviate(response.body());
            }
            return null;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
