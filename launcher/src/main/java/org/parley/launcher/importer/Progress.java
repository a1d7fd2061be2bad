package org.parley.launcher.importer;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how an import goes: on a terminal one line rewritten every second, otherwise (a log, a Kubernetes Job) a
 * plain line every five seconds.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final Tally tally;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-progress");
        thread.setDaemon(true);
        return thread;
    });

    public Progress(PrintStream out, boolean terminal, long total, Tally tally) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.tally = tally;
        long period = terminal ? 1 : 5;
        timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.SECONDS);
    }

    /** Articles per second so far (those skipped without a request count too). */
    public double rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds > 0 ? tally.done() / seconds : 0;
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    String line() {
        int done = tally.done();
        double rate = rate();
        String eta = rate > 0 ? Math.round((total - done) / rate) + " s" : "?";
        int failures = tally.get(Outcome.Kind.REJECTED) + tally.get(Outcome.Kind.FAILED);
        return "%d/%d  %.1f articles/s  ETA %s  failures %d".formatted(done, total, rate, eta, failures);
    }

    private synchronized void show() {
        if (terminal) {
            out.print("\r" + line() + "   ");
        } else {
            out.println(line());
        }
        out.flush();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (terminal) {
            out.println("\r" + line() + "   ");
        }
    }
}
