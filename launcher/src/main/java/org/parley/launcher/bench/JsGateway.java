package org.parley.launcher.bench;

import org.parley.launcher.stack.ChildProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The baseline gateway: {@code tools/js-gateway} (Apollo's {@code @apollo/gateway} on {@code @apollo/server}) as a
 * child Node.js process over the same subgraphs, after an {@code npm ci} there.
 */
final class JsGateway implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final Path log;
    private Process process;

    JsGateway(Path directory, int port, Path log) {
        this.directory = directory;
        this.port = port;
        this.log = log;
    }

    String graphqlUrl() {
        return "http://localhost:" + port + "/graphql";
    }

    long pid() {
        return process.pid();
    }

    /** Installs the locked npm dependencies (node_modules is never committed). */
    void install() {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
    }

    /** The Node.js version, for the report. */
    String nodeVersion() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String text = new String(version.getInputStream().readAllBytes()).strip();
            version.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Starts {@code node server.mjs} and waits until it answers a GraphQL request. */
    void start(String entityUrl, String ingestUrl, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder("node", "server.mjs", Integer.toString(port),
                    "entity=" + entityUrl, "ingest=" + ingestUrl)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node (is Node.js installed?)", e);
        }
        HttpRequest probe = HttpRequest.newBuilder(URI.create(graphqlUrl()))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build();
        ChildProcess.awaitHttpOk(process, probe, timeout, "js-gateway", log);
    }

    @Override
    public void close() {
        if (process != null) {
            ChildProcess.stop(process, Duration.ofSeconds(10));
            process = null;
        }
    }

    private void run(List<String> command, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            Process step = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!step.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                step.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
            }
            if (step.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + directory + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command + " (is Node.js installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
