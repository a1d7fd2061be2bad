package org.parley.launcher.importer;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how an import goes: on a terminal a progress bar rewritten every second, otherwise (a log, a Kubernetes Job)
 * a plain line every five seconds; both with done/total, articles per second, the time left and failures so far.
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
        return line(tally.done(), total, rate(), tally.get(Outcome.Kind.REJECTED) + tally.get(Outcome.Kind.FAILED));
    }

    /** {@code 120/500  24.4 articles/s  ETA 16 s  failures 2}. */
    static String line(long done, long total, double rate, int failures) {
        String eta = rate > 0 ? duration(Math.round(Math.max(total - done, 0) / rate)) : "?";
        return "%d/%d  %.1f articles/s  ETA %s  failures %d".formatted(done, total, rate, eta, failures);
    }

    /** The terminal's line: a bar of 24 cells, the percentage, then {@link #line(long, long, double, int)}. */
    static String bar(long done, long total, double rate, int failures) {
        int width = 24;
        double share = total > 0 ? Math.min(1.0, (double) done / total) : 1.0;
        int full = (int) Math.floor(share * width);
        String cells = "#".repeat(full) + (full < width ? ">" + ".".repeat(width - full - 1) : "");
        return "[%s] %3d%%  %s".formatted(cells, (int) Math.floor(share * 100), line(done, total, rate, failures));
    }

    /** {@code 42 s}, {@code 12 min 05 s}, {@code 3 h 07 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return "%d min %02d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %02d min".formatted(seconds / 3600, seconds % 3600 / 60);
    }

    private String terminalLine() {
        return bar(tally.done(), total, rate(), tally.get(Outcome.Kind.REJECTED) + tally.get(Outcome.Kind.FAILED));
    }

    private synchronized void show() {
        if (terminal) {
            out.print("\r" + terminalLine() + "   ");
        } else {
            out.println(line());
        }
        out.flush();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (terminal) {
            out.println("\r" + terminalLine() + "   ");
        }
    }
}
