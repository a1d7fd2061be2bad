package org.parley.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service running as a child JVM, its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * JVM options every service gets whatever else it is given: a JVM that runs out of heap exits (status 3) instead
     * of limping on with threads that died of {@code OutOfMemoryError}, so that the launcher or Kubernetes sees it
     * gone and restarts it (docs/reliability.md#memory-and-shutdown).
     */
    public static final List<String> ALWAYS = List.of("-XX:+ExitOnOutOfMemoryError");

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run ./mvnw package first)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ALWAYS);
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        ChildProcess.awaitHttpOk(currentProcess(), ready, timeout, name, log);
    }

    private synchronized Process currentProcess() {
        return process;
    }

    /** Asks the JVM to shut down (SIGTERM, so Quarkus stops gracefully) and waits; kills it if it hangs. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ChildProcess.stop(process, Duration.ofSeconds(30));
        process = null;
    }

    /** Kills the JVM at once (SIGKILL), as a crash or the kernel's OOM killer would: no shutdown hooks run. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod, and returns at once; {@link #awaitExit} waits for the end. */
    public synchronized void terminate() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Waits up to {@code timeout} for the JVM to end by itself; its exit status, or empty if it still runs. */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        Process running = currentProcess();
        if (running == null || !running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(running.exitValue());
    }

    /** The running JVM's process id. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    /** Resident memory of the running JVM in kilobytes; -1 where unavailable. */
    public synchronized long residentKilobytes() {
        return process == null ? -1 : ChildProcess.residentKilobytes(process.pid());
    }

    @Override
    public void close() {
        stop();
    }

}
