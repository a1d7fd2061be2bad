package org.parley.launcher.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends records to ingest-service with at most {@code concurrency} requests in flight, skipping texts the state file
 * says the target already has, and counts the outcomes; stops early when the target refuses the token.
 */
public final class Importer {

    /** What an import did. */
    public record Result(Tally tally, List<ImportReport.Entry> problems, double seconds, double rate,
                         String stoppedBy) {
    }

    private final IngestSender sender;
    private final ImportState state;
    private final int concurrency;

    public Importer(IngestSender sender, ImportState state, int concurrency) {
        this.sender = sender;
        this.state = state;
        this.concurrency = concurrency;
    }

    /** Imports every record, writes the report to {@code reportFile} and returns the counts. */
    public Result run(List<ImportRecord> records, Path reportFile, PrintStream out, boolean terminal)
            throws InterruptedException {
        return run(records.iterator(), records.size(), reportFile, out, terminal);
    }

    /**
     * Imports the records as the iterator reads them ({@code total} of them, for the progress line): one is taken
     * only when a request slot is free, so no more than {@code concurrency} articles are held at a time.
     */
    public Result run(Iterator<ImportRecord> records, long total, Path reportFile, PrintStream out, boolean terminal)
            throws InterruptedException {
        Tally tally = new Tally();
        ImportReport report = new ImportReport();
        Semaphore inFlight = new Semaphore(concurrency);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        Progress progress = new Progress(out, terminal, total, tally);
        AtomicReference<String> stoppedBy = new AtomicReference<>();
        try {
            while (records.hasNext()) {
                if (stoppedBy.get() != null) {
                    break;
                }
                ImportRecord record = records.next();
                Outcome known = withoutRequest(record);
                if (known != null) {
                    finish(record, known, tally, report);
                    continue;
                }
                // the semaphore keeps the queue from holding every article at once as well as bounding requests;
                // the next record is not read until a slot is free
                inFlight.acquire();
                workers.execute(() -> {
                    try {
                        if (stoppedBy.get() != null) {
                            return;
                        }
                        Outcome outcome = sendOne(record);
                        finish(record, outcome, tally, report);
                        if (outcome.stopsImport()) {
                            stoppedBy.compareAndSet(null, outcome.reason());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } finally {
            workers.shutdownNow();
            progress.close();
            report.write(reportFile);
        }
        return new Result(tally, report.entries(), progress.seconds(), progress.rate(), stoppedBy.get());
    }

    private Outcome withoutRequest(ImportRecord record) {
        if (!record.readable()) {
            return Outcome.of(Outcome.Kind.REJECTED, "unreadable: " + record.problem());
        }
        return state.contains(record.article().text()) ? Outcome.of(Outcome.Kind.SKIPPED) : null;
    }

    private Outcome sendOne(ImportRecord record) throws InterruptedException {
        Outcome outcome = sender.send(record.article());
        if (outcome.kind() == Outcome.Kind.ACCEPTED || outcome.kind() == Outcome.Kind.DUPLICATE) {
            state.add(record.article().text());
        }
        return outcome;
    }

    private static void finish(ImportRecord record, Outcome outcome, Tally tally, ImportReport report) {
        tally.count(outcome.kind());
        if (outcome.kind() == Outcome.Kind.REJECTED || outcome.kind() == Outcome.Kind.FAILED) {
            report.add(record, outcome);
        }
    }
}
