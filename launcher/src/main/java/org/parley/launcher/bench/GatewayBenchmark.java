package org.parley.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.launcher.client.GraphQLClient;
import org.parley.launcher.client.ParleyClient;
import org.parley.launcher.stack.ChildProcess;
import org.parley.launcher.stack.LocalStack;
import org.parley.launcher.stack.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Prints latency (p50/p99), throughput, CPU per request and resident memory of one typical page query (50
 * engagements with participants, dates and evidence article titles) under closed-loop concurrent load, against
 * the Java gateway, straight at the entity subgraph, and through Apollo's JS gateway over the same subgraphs; and,
 * through both gateways, of the same page with each article's URL too, which needs a second subgraph.
 *
 * <p>This JVM only starts processes and sends HTTP: PostgreSQL, the three services (child JVMs, via
 * {@link LocalStack}) and the JS gateway (a child Node.js process) are separate OS processes, all on localhost.
 * The state (database, logs) goes to {@code launcher/target/bench-state}, wiped at start.
 *
 * <p>Settings (system properties): {@code parley.root} (project root, default "."), {@code bench.clients}
 * (concurrency levels, default "1,8"), {@code bench.seconds} (measured seconds per target and level, default 20),
 * {@code bench.rounds} (interleaved rounds those seconds are split into, default 2),
 * {@code bench.warmup} (warm-up seconds per target, default 45: the JVMs' C2 compiler is busy for about the first
 * 15 000 requests, so shorter warm-ups measure the JIT), {@code bench.articles} (synthetic articles
 * ingested besides the seeds, default 24), {@code bench.gateway.jvm} (JVM options of an extra Java gateway
 * measured beside the standard one, e.g. "-Dparley.forwarding.enabled=false"; none by default).
 */
public final class GatewayBenchmark {

    /** The page a web app's engagement list shows; entity-service answers it whole (it provides article titles). */
    static final String PAGE_QUERY = "{ engagements(first: 50) { nodes { id type status date { start end precision } "
            + "participants { role actor { name kind } } evidence { sentence article { title } } } } }";
    /** The same page with each evidence article's URL, which only ingest-service has: two subgraph calls. */
    static final String CROSS_SERVICE_QUERY = PAGE_QUERY.replace("article { title }", "article { title url }");

    private static final int PAGE_SIZE = 50;
    /** Process names in the CPU columns. */
    private static final String JAVA_GATEWAY = "Java gateway";
    private static final String JS_GATEWAY = "JS gateway";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Settings(List<Integer> clients, Duration measured, int rounds, Duration warmup, int articles,
                            List<String> variantGatewayJvmOptions) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Stream.of(System.getProperty("bench.clients", "1,8").split(",")).map(String::strip)
                            .map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.getLong("bench.seconds", 20)),
                    Integer.getInteger("bench.rounds", 2),
                    Duration.ofSeconds(Long.getLong("bench.warmup", 45)),
                    Integer.getInteger("bench.articles", 24),
                    Stream.of(System.getProperty("bench.gateway.jvm", "").split("\\s+")).filter(o -> !o.isBlank())
                            .toList());
        }
    }

    /** One thing under load: where the query goes, which query, and the memory of the process that serves it. */
    private record Target(String name, String url, String query, LongSupplier residentKilobytes) {
    }

    /** One measured run, the CPU time each server process spent during it and the serving process's peak RSS. */
    private record Measurement(Target target, LoadRun.Result result, Map<String, Duration> cpuByProcess,
                               long peakResidentKilobytes) {

        Measurement plus(Measurement other) {
            Map<String, Duration> cpu = new LinkedHashMap<>(cpuByProcess);
            other.cpuByProcess().forEach((name, spent) -> cpu.merge(name, spent, Duration::plus));
            return new Measurement(target, result.plus(other.result()), cpu,
                    Math.max(peakResidentKilobytes, other.peakResidentKilobytes()));
        }
    }

    private GatewayBenchmark() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        Path state = root.resolve("launcher/target/bench-state");
        LocalStack.deleteState(state);

        LocalStack.Ports ports = LocalStack.Ports.random();
        ServiceProcess variantGateway = settings.variantGatewayJvmOptions().isEmpty() ? null
                : new ServiceProcess("gateway-variant", root.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                        freePort(), settings.variantGatewayJvmOptions(),
                        Map.of("PARLEY_SUBGRAPHS_ENTITY_URL", "http://localhost:" + ports.entity() + "/graphql",
                                "PARLEY_SUBGRAPHS_INGEST_URL", "http://localhost:" + ports.ingest() + "/graphql"),
                        state.resolve("logs/gateway-variant.log"));
        JsGateway jsGateway = new JsGateway(root.resolve("tools/js-gateway"), freePort(), state.resolve("logs/js-gateway.log"));
        System.out.println("# Parley gateway benchmark");
        System.out.println("date: " + DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)));
        System.out.println("machine: " + machine());
        System.out.println("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", node: " + jsGateway.nodeVersion());
        System.out.println("state and logs: " + state);
        System.out.println();

        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(root, state, ports);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                jsGateway.close();
                if (variantGateway != null) {
                    variantGateway.stop();
                }
                stack.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "bench-shutdown"));
        try {
            System.out.printf("Stack ready in %.1f s (gateway :%d, ingest :%d, entity :%d).%n",
                    seconds(System.nanoTime() - started), ports.gateway(), ports.ingest(), ports.entity());
            String entityUrl = stack.entity().baseUrl() + "/graphql";
            loadData(root, stack, entityUrl, settings.articles());

            System.out.println("npm ci in tools/js-gateway ...");
            jsGateway.install();
            jsGateway.start(entityUrl, stack.ingest().baseUrl() + "/graphql", Duration.ofMinutes(2));
            System.out.println("JS gateway ready at " + jsGateway.graphqlUrl());

            long gatewayPid = stack.gateway().pid();
            long entityPid = stack.entity().pid();
            long ingestPid = stack.ingest().pid();
            long nodePid = jsGateway.pid();
            Map<String, Long> processes = new LinkedHashMap<>();
            processes.put(JAVA_GATEWAY, gatewayPid);
            processes.put(JS_GATEWAY, nodePid);
            processes.put("entity", entityPid);
            processes.put("ingest", ingestPid);
            processes.put("load generator", ProcessHandle.current().pid());
            Target direct = new Target("entity subgraph, direct: page query", entityUrl, PAGE_QUERY,
                    () -> ChildProcess.residentKilobytes(entityPid));
            Target javaPage = new Target("Java gateway: page query", stack.graphqlUrl(), PAGE_QUERY,
                    stack.gateway()::residentKilobytes);
            Target jsPage = new Target("JS gateway: page query", jsGateway.graphqlUrl(), PAGE_QUERY,
                    () -> ChildProcess.residentKilobytes(nodePid));
            Target javaCross = new Target("Java gateway: page + article url (2 subgraphs)", stack.graphqlUrl(),
                    CROSS_SERVICE_QUERY, stack.gateway()::residentKilobytes);
            Target jsCross = new Target("JS gateway: page + article url (2 subgraphs)", jsGateway.graphqlUrl(),
                    CROSS_SERVICE_QUERY, () -> ChildProcess.residentKilobytes(nodePid));
            List<Target> targets = new ArrayList<>(List.of(direct, javaPage, jsPage, javaCross, jsCross));
            if (variantGateway != null) {
                // The same gateway jar with other JVM options (memory settings, forwarding off, ...).
                variantGateway.start();
                variantGateway.awaitReady(LocalStack.readyTimeout());
                String name = "Java gateway (" + String.join(" ", settings.variantGatewayJvmOptions()) + ")";
                System.out.println(name + ": the same gateway jar with these JVM options");
                processes.put(name, variantGateway.pid());
                targets.add(new Target(name + ": page query", variantGateway.baseUrl() + "/graphql", PAGE_QUERY,
                        variantGateway::residentKilobytes));
            }
            verify(targets);

            System.out.printf("Java gateway RSS before load: %.0f MB%n", stack.gateway().residentKilobytes() / 1024.0);
            int maxClients = settings.clients().stream().max(Comparator.naturalOrder()).orElse(1);
            for (Target target : targets) {
                System.out.printf("warm-up %s: %d clients, %d s%n", target.name(), maxClients, settings.warmup().toSeconds());
                new LoadRun(target.url(), requestJson(target.query())).run(maxClients, settings.warmup());
            }

            printIdleCpu(processes, Duration.ofSeconds(5));

            // Rounds interleave the targets so that a burst of load from elsewhere on the machine spreads over all.
            Duration perRound = settings.measured().dividedBy(settings.rounds());
            List<Measurement> measurements = new ArrayList<>();
            for (int clients : settings.clients()) {
                Map<Target, Measurement> combined = new LinkedHashMap<>();
                for (int round = 1; round <= settings.rounds(); round++) {
                    for (Target target : targets) {
                        Measurement measurement = measure(target, clients, perRound, processes);
                        combined.merge(target, measurement, Measurement::plus);
                        System.out.printf("  round %d %-46s %2d clients: %7.1f req/s, p50 %7.1f ms, p99 %7.1f ms, "
                                        + "errors %d%n", round, target.name(), clients,
                                measurement.result().throughput(), measurement.result().percentileMillis(50),
                                measurement.result().percentileMillis(99), measurement.result().errors());
                    }
                }
                measurements.addAll(combined.values());
            }
            System.out.println();
            printReport(measurements, targets, settings);
        } finally {
            shutdown.run();
        }
    }

    /** Ingests the seeds plus synthetic articles until the entity subgraph holds at least a full page. */
    private static void loadData(Path root, LocalStack stack, String entityUrl, int articles) {
        ParleyClient client = new ParleyClient(stack.graphqlUrl(), stack.token().value());
        GraphQLClient entity = new GraphQLClient(entityUrl);
        List<String> ids = new ArrayList<>(client.ingestFolder(root.resolve("seeds")).values());
        long seed = 20260101L;
        for (int round = 0; round < 3; round++) {
            for (SyntheticNews.Article article : new SyntheticNews(seed + round).articles(articles)) {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("text", article.text());
                input.put("title", article.title());
                input.put("publishedOn", article.publishedOn().toString());
                ids.add(client.graphql().data("""
                        mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { id } }""",
                        Map.of("input", input)).get("ingestArticle").get("id").asText());
            }
            long waitStarted = System.nanoTime();
            Map<String, String> statuses = client.awaitProcessed(ids, Duration.ofMinutes(20));
            Map<String, Long> byStatus = new LinkedHashMap<>();
            statuses.values().forEach(status -> byStatus.merge(status, 1L, Long::sum));
            int engagements = entity.data("{ engagements(first: 1) { totalCount } }", Map.of())
                    .get("engagements").get("totalCount").asInt();
            System.out.printf("Ingested %d articles (5 seeds + %d synthetic), statuses %s after %.0f s; "
                            + "%d engagements.%n", ids.size(), ids.size() - 5, byStatus,
                    seconds(System.nanoTime() - waitStarted), engagements);
            if (engagements >= PAGE_SIZE) {
                return;
            }
        }
        throw new IllegalStateException("Fewer than " + PAGE_SIZE + " engagements after three rounds of ingestion");
    }

    /** Every target answers a full page without errors; the two gateways agree with each other and the subgraph. */
    private static void verify(List<Target> targets) {
        Map<String, JsonNode> byQuery = new LinkedHashMap<>();
        for (Target target : targets) {
            JsonNode response = new GraphQLClient(target.url()).execute(target.query(), Map.of());
            if (response.hasNonNull("errors")) {
                throw new IllegalStateException(target.name() + " answered with errors: " + response.get("errors"));
            }
            JsonNode nodes = response.get("data").get("engagements").get("nodes");
            if (nodes.size() != PAGE_SIZE) {
                throw new IllegalStateException(target.name() + " returned " + nodes.size() + " engagements, not " + PAGE_SIZE);
            }
            JsonNode earlier = byQuery.putIfAbsent(target.query(), response);
            System.out.printf("%s: %d engagements, %d bytes%s%n", target.name(), nodes.size(),
                    response.toString().length(),
                    earlier == null ? "" : earlier.equals(response) ? ", same data as the first target with this query"
                            : ", DIFFERENT data from the first target with this query");
        }
    }

    private static Measurement measure(Target target, int clients, Duration duration, Map<String, Long> processes) {
        AtomicLong peak = new AtomicLong(target.residentKilobytes().getAsLong());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(target.residentKilobytes().getAsLong(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        Map<String, Duration> cpuBefore = cpuTimes(processes);
        sampler.start();
        LoadRun.Result result = new LoadRun(target.url(), requestJson(target.query())).run(clients, duration);
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (result.errors() > 0) {
            System.out.println("  first error of " + target.name() + ": " + result.firstError());
        }
        Map<String, Duration> cpuSpent = new LinkedHashMap<>();
        cpuTimes(processes).forEach((name, cpu) -> cpuSpent.put(name, cpu.minus(cpuBefore.get(name))));
        return new Measurement(target, result, cpuSpent, peak.get());
    }

    private static void printReport(List<Measurement> measurements, List<Target> targets, Settings settings) {
        System.out.printf("Closed loop, %d s per target and concurrency (in %d interleaved rounds) after %d s warm-up "
                        + "per target; latency of successful requests.%n",
                settings.measured().toSeconds(), settings.rounds(), settings.warmup().toSeconds());
        System.out.println("CPU ms/req: CPU time (user + system) each process spent during the run, per successful "
                + "request (PostgreSQL not counted; \"load generator\" is this JVM). Peak RSS: of the process "
                + "serving the target.");
        System.out.println();
        List<String> processNames = List.copyOf(measurements.get(0).cpuByProcess().keySet());
        StringBuilder header = new StringBuilder("| target | clients | requests | errors | req/s | p50 ms | p99 ms | max ms |");
        processNames.forEach(name -> header.append(" CPU ms/req ").append(name).append(" |"));
        header.append(" peak RSS MB |");
        System.out.println(header);
        System.out.println("|---|" + "---:|".repeat(7 + processNames.size() + 1));
        for (Measurement m : measurements) {
            LoadRun.Result r = m.result();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |",
                    m.target().name(), r.clients(), r.requests(), r.errors(), r.throughput(),
                    r.percentileMillis(50), r.percentileMillis(99), r.maxMillis()));
            processNames.forEach(name -> row.append(String.format(Locale.ROOT, " %.2f |", cpuPerRequest(m, name))));
            row.append(String.format(Locale.ROOT, " %.0f |", m.peakResidentKilobytes() / 1024.0));
            System.out.println(row);
        }
        System.out.println();
        Target direct = targets.get(0);
        Target javaPage = targets.get(1);
        Target jsPage = targets.get(2);
        Target javaCross = targets.get(3);
        Target jsCross = targets.get(4);
        for (int clients : settings.clients()) {
            double directP99 = p99(measurements, direct, clients);
            double javaP99 = p99(measurements, javaPage, clients);
            System.out.printf(Locale.ROOT, "%d clients, page query: Java gateway p99 / direct p99 %.2f (goal <= 1.3: "
                            + "%s); own overhead (p99 - direct p99): Java gateway %.1f ms, JS gateway %.1f ms%n",
                    clients, javaP99 / directP99, javaP99 / directP99 <= 1.3 ? "met" : "NOT met",
                    javaP99 - directP99, p99(measurements, jsPage, clients) - directP99);
            compare(clients + " clients, page query", find(measurements, javaPage, clients),
                    find(measurements, jsPage, clients));
            compare(clients + " clients, page + article url", find(measurements, javaCross, clients),
                    find(measurements, jsCross, clients));
        }
        long peakGateway = measurements.stream().filter(m -> m.target() == javaPage || m.target() == javaCross)
                .mapToLong(Measurement::peakResidentKilobytes).max().orElse(-1);
        System.out.printf(Locale.ROOT, "Java gateway peak RSS under load: %.0f MB (goal <= 256 MB: %s)%n",
                peakGateway / 1024.0, peakGateway <= 256 * 1024 ? "met" : "NOT met");
        for (Target variant : targets.subList(5, targets.size())) {
            long peak = measurements.stream().filter(m -> m.target() == variant)
                    .mapToLong(Measurement::peakResidentKilobytes).max().orElse(-1);
            System.out.printf(Locale.ROOT, "%s: peak RSS %.0f MB", variant.name(), peak / 1024.0);
            for (int clients : settings.clients()) {
                System.out.printf(Locale.ROOT, "; %d clients: p99 / direct p99 %.2f, JS gateway p99 / its p99 %.2f",
                        clients, p99(measurements, variant, clients) / p99(measurements, direct, clients),
                        p99(measurements, jsPage, clients) / p99(measurements, variant, clients));
            }
            System.out.println();
        }
    }

    /** JS gateway against Java gateway on one query: p99, gateway CPU per request and throughput. */
    private static void compare(String label, Measurement java, Measurement js) {
        double javaP99 = java.result().percentileMillis(99);
        double jsP99 = js.result().percentileMillis(99);
        double javaCpu = cpuPerRequest(java, JAVA_GATEWAY);
        double jsCpu = cpuPerRequest(js, JS_GATEWAY);
        System.out.printf(Locale.ROOT, "%s, JS / Java gateway: p99 %.1f / %.1f ms = %.2f; gateway CPU %.2f / %.2f "
                        + "ms/req = %.2f; throughput Java / JS %.2f%n", label, jsP99, javaP99, jsP99 / javaP99, jsCpu,
                javaCpu, jsCpu / javaCpu, java.result().throughput() / js.result().throughput());
    }

    private static Measurement find(List<Measurement> measurements, Target target, int clients) {
        return measurements.stream().filter(m -> m.target() == target && m.result().clients() == clients)
                .findFirst().orElseThrow();
    }

    private static double cpuPerRequest(Measurement measurement, String process) {
        return measurement.cpuByProcess().get(process).toNanos() / 1e6 / Math.max(1, measurement.result().requests());
    }

    private static double p99(List<Measurement> measurements, Target target, int clients) {
        return find(measurements, target, clients).result().percentileMillis(99);
    }

    /** CPU each process burns with no client requests, which a per-request CPU figure would otherwise hide. */
    private static void printIdleCpu(Map<String, Long> processes, Duration window) {
        Map<String, Duration> before = cpuTimes(processes);
        try {
            Thread.sleep(window.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        StringBuilder line = new StringBuilder("Idle CPU over " + window.toSeconds() + " s without requests (ms per s):");
        cpuTimes(processes).forEach((name, cpu) -> line.append(String.format(Locale.ROOT, " %s %.1f;", name,
                cpu.minus(before.get(name)).toNanos() / 1e6 / window.toSeconds())));
        System.out.println(line);
    }

    private static Map<String, Duration> cpuTimes(Map<String, Long> processes) {
        Map<String, Duration> times = new LinkedHashMap<>();
        processes.forEach((name, pid) -> times.put(name, ProcessStats.cpuTime(pid)));
        return times;
    }

    private static String requestJson(String query) {
        try {
            return JSON.writeValueAsString(Map.of("query", query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> ", %.1f GB RAM".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // report what we have
        }
        return "%s, %d CPUs%s, %s %s".formatted(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
