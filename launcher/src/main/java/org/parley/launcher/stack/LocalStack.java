package org.parley.launcher.stack;

import org.parley.devpostgres.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole system on one machine: an embedded PostgreSQL (data kept in {@code stateDirectory}) and the three
 * packaged services as child JVMs talking real HTTP to each other.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final LocalPostgres postgres;
    private final ServiceProcess entity;
    private final ServiceProcess ingest;
    private final ServiceProcess gateway;
    private final LocalToken token;

    private LocalStack(LocalPostgres postgres, ServiceProcess entity, ServiceProcess ingest, ServiceProcess gateway,
                       LocalToken token) {
        this.postgres = postgres;
        this.token = token;
        this.entity = entity;
        this.ingest = ingest;
        this.gateway = gateway;
    }

    /** Ports of the three services; {@link #random()} picks free ones for tests. */
    public record Ports(int gateway, int ingest, int entity) {

        public static Ports standard() {
            return new Ports(8080, 8081, 8082);
        }

        public static Ports random() {
            return new Ports(freePort(), freePort(), freePort());
        }
    }

    /**
     * Starts PostgreSQL and all three services and waits until each reports ready. All three get the write token
     * of {@link LocalToken#resolve}.
     */
    public static LocalStack start(Path projectRoot, Path stateDirectory, Ports ports) {
        LocalToken token = LocalToken.resolve(stateDirectory);
        LocalPostgres postgres = LocalPostgres.start(stateDirectory.resolve("pgdata"), stateDirectory.resolve("pgwork"));
        Path logs = stateDirectory.resolve("logs");
        Map<String, String> credentials = Map.of(
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                "PARLEY_AUTH_TOKEN", token.value());
        ServiceProcess entity = new ServiceProcess("entity-service", jar(projectRoot, "entity-service"), ports.entity(),
                List.of("-Xmx384m"),
                with(credentials, "QUARKUS_DATASOURCE_JDBC_URL", postgres.ensureDatabase("parley_entity")),
                logs.resolve("entity-service.log"));
        ServiceProcess ingest = new ServiceProcess("ingest-service", jar(projectRoot, "ingest-service"), ports.ingest(),
                List.of("-Xmx1400m"),
                with(with(credentials, "QUARKUS_DATASOURCE_JDBC_URL", postgres.ensureDatabase("parley_ingest")),
                        "QUARKUS_REST_CLIENT_ENTITY_SERVICE_URL", entity.baseUrl()),
                logs.resolve("ingest-service.log"));
        ServiceProcess gateway = new ServiceProcess("gateway", jar(projectRoot, "gateway"), ports.gateway(),
                List.of("-Xmx128m", "-XX:+UseSerialGC"),
                Map.of("PARLEY_SUBGRAPHS_ENTITY_URL", entity.baseUrl() + "/graphql",
                        "PARLEY_SUBGRAPHS_INGEST_URL", ingest.baseUrl() + "/graphql",
                        "PARLEY_AUTH_TOKEN", token.value()),
                logs.resolve("gateway.log"));
        LocalStack stack = new LocalStack(postgres, entity, ingest, gateway, token);
        try {
            for (ServiceProcess service : stack.services()) {
                service.start();
            }
            for (ServiceProcess service : stack.services()) {
                service.awaitReady(READY_TIMEOUT);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public List<ServiceProcess> services() {
        return List.of(entity, ingest, gateway);
    }

    public ServiceProcess entity() {
        return entity;
    }

    public ServiceProcess ingest() {
        return ingest;
    }

    public ServiceProcess gateway() {
        return gateway;
    }

    /** The write token the services accept. */
    public LocalToken token() {
        return token;
    }

    public String graphqlUrl() {
        return gateway.baseUrl() + "/graphql";
    }

    public static Duration readyTimeout() {
        return READY_TIMEOUT;
    }

    /** Deletes a stopped stack's state directory (database, logs), if there is one. */
    public static void deleteState(Path stateDirectory) {
        if (!Files.exists(stateDirectory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(stateDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + stateDirectory, e);
        }
    }

    /** Stops the services, then PostgreSQL; safe to call twice. */
    @Override
    public void close() {
        for (ServiceProcess service : List.of(gateway, ingest, entity)) {
            service.stop();
        }
        postgres.close();
    }

    private static Path jar(Path projectRoot, String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        java.util.HashMap<String, String> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
