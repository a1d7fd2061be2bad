package org.parley.entity.export.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.synthetic.SyntheticRecord;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Export throughput at scale (docs/benchmarks.md): {@code -Dbench.export=true [-Dbench.export.rows=1000000]}. Fills
 * the table with SQL (two participants and one evidence sentence per engagement), then reads the whole export as a
 * client would, counting lines as they arrive, and samples the service's heap meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
@EnabledIfSystemProperty(named = "bench.export", matches = "true")
class ExportBenchmarkTest {

    @TestHTTPResource("/exports/engagements")
    URL export;

    @Test
    void exportsRowsPerSecondInConstantMemory() throws Exception {
        int rows = Integer.getInteger("bench.export.rows", 1_000_000);
        long fill = System.nanoTime();
        SyntheticRecord.fill(SyntheticRecord.Size.of(rows), 14);
        System.out.printf("export benchmark: %d engagements written in %.1f s%n", rows,
                (System.nanoTime() - fill) / 1e9);

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.gc();
        long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        sampler.start();
        long start = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(export.toString())).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = body.read(buffer)) > 0) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        assertEquals(200, response.statusCode());
        assertEquals(rows, lines, "every engagement");
        System.out.printf("export benchmark: %d rows, %.1f MB in %.1f s = %.0f rows/s; heap before %d MB, "
                        + "peak during %d MB (JVM max %d MB)%n", lines, bytes / 1e6, seconds, lines / seconds,
                heapBefore >> 20, peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
