package org.parley.ingest.delivery.lease;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.ingest.config.IngestConfig;
import org.parley.ingest.delivery.repository.DeliveryRepository;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the leases of the articles this replica works on alive (a heartbeat every third of the lease) and stops an
 * extraction at its time limit. Runs on its own thread, so neither depends on a worker thread being free.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
    /** How often extraction deadlines are checked; a limit is enforced within this much. */
    private static final long DEADLINE_CHECK_MILLIS = 200;

    private final DeliveryRepository deliveries;
    private final Duration lease;
    private final Set<HeldLease> held;
    private final ScheduledExecutorService timer;

    LeaseKeeper(DeliveryRepository deliveries, IngestConfig config) {
        this.deliveries = deliveries;
        this.lease = config.worker().lease();
        this.held = ConcurrentHashMap.newKeySet();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-lease-keeper");
            thread.setDaemon(true);
            return thread;
        });
        long renewMillis = Math.max(lease.toMillis() / 3, 1);
        timer.scheduleWithFixedDelay(this::renewAll, renewMillis, renewMillis, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::enforceTimeLimits, DEADLINE_CHECK_MILLIS, DEADLINE_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps {@code lease} alive until the returned holder is released; {@code onRelease} runs once then, and
     * {@code onTimeLimit} runs (on the keeper's thread) if the extraction clock runs out first.
     */
    public HeldLease hold(Lease lease, Runnable onRelease, Consumer<Lease> onTimeLimit) {
        HeldLease[] self = new HeldLease[1];
        self[0] = new HeldLease(lease, () -> {
            held.remove(self[0]);
            onRelease.run();
        }, onTimeLimit);
        held.add(self[0]);
        return self[0];
    }

    /** How many articles this replica holds now. */
    public int heldCount() {
        return held.size();
    }

    void renewAll() {
        for (HeldLease h : held) {
            try {
                if (!h.isReleased() && !QuarkusTransaction.requiringNew().call(() -> deliveries.renew(h.lease(), lease))) {
                    LOG.warnf("Lost the lease on article %s (it ran out and was taken over, or the article is gone); "
                            + "stopping work on it", h.lease().articleId());
                    h.lose();
                }
            } catch (RuntimeException e) {
                // The database is unreachable: try again at the next beat; if it stays away the lease runs out.
                LOG.warnf("Could not renew the lease on article %s: %s", h.lease().articleId(), e.toString());
            }
        }
    }

    void enforceTimeLimits() {
        long now = System.nanoTime();
        for (HeldLease h : held) {
            if (h.pastDeadline(now)) {
                try {
                    h.timeOut(now);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not record the time-out of article %s; its lease will run out: %s",
                            h.lease().articleId(), e.toString());
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }
}
