package org.parley.ingest.delivery.lease;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An article this replica is working on: its lease, the thread working on it and the deadline of its extraction.
 * It is released exactly once: by the worker when it is done, or by the {@link LeaseKeeper} when the lease was lost
 * or the extraction ran past its time limit, whichever comes first.
 */
public final class HeldLease {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final Lease lease;
    private final Runnable onRelease;
    private final Consumer<Lease> onTimeLimit;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile long deadlineNanos = NO_DEADLINE;
    private Thread thread;

    HeldLease(Lease lease, Runnable onRelease, Consumer<Lease> onTimeLimit) {
        this.lease = lease;
        this.onRelease = onRelease;
        this.onTimeLimit = onTimeLimit;
    }

    public Lease lease() {
        return lease;
    }

    /** Called by the thread that works on the article, before it starts. */
    public synchronized void runsOn(Thread worker) {
        this.thread = worker;
    }

    /** Called by that thread when it is done, so that a late interruption never hits its next article. */
    public synchronized void done() {
        this.thread = null;
        release();
    }

    /** Starts the extraction clock. */
    public void startClock(Duration limit) {
        deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    /**
     * Stops the extraction clock; false if the time limit was reached first, in which case the article was failed for
     * it and the worker must leave it alone.
     */
    public synchronized boolean stopClock() {
        deadlineNanos = NO_DEADLINE;
        return !released.get();
    }

    /** True once this replica has let go of the article (done, lease lost, or over the time limit). */
    public boolean isReleased() {
        return released.get();
    }

    /** Releases the slot once; false if it was released before. */
    boolean release() {
        if (!released.compareAndSet(false, true)) {
            return false;
        }
        onRelease.run();
        return true;
    }

    boolean pastDeadline(long nowNanos) {
        long deadline = deadlineNanos;
        return deadline != NO_DEADLINE && nowNanos - deadline > 0;
    }

    /**
     * If the time limit passed (checked again under the lock {@link #stopClock} takes, so a worker that stopped the
     * clock in time keeps the article): record it, before the interruption whose own failure must not win, and stop.
     */
    synchronized void timeOut(long nowNanos) {
        if (pastDeadline(nowNanos) && release()) {
            onTimeLimit.accept(lease);
            interrupt();
        }
    }

    /** The lease went to someone else: stop working on the article. */
    void lose() {
        if (release()) {
            interrupt();
        }
    }

    private synchronized void interrupt() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
