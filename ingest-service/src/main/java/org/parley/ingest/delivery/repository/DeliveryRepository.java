package org.parley.ingest.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.parley.ingest.delivery.lease.Lease;
import org.parley.ingest.delivery.model.Delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pending deliveries; leasing is safe across replicas. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Leases up to {@code limit} due deliveries for {@code lease} under a fresh token and returns them, oldest first.
     * A delivery is due when its next attempt time has come and nobody holds an unexpired lease on it.
     */
    @SuppressWarnings("unchecked")
    public List<Lease> leaseDue(int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        UPDATE delivery SET leased_until = now() + make_interval(secs => :leaseSeconds),
                                            lease_token = :token
                        WHERE article_id IN (
                            SELECT article_id FROM delivery
                            WHERE delivered_at IS NULL
                              AND next_attempt_at <= now()
                              AND (leased_until IS NULL OR leased_until < now())
                            ORDER BY next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING article_id""", UUID.class)
                .setParameter("leaseSeconds", seconds(lease))
                .setParameter("token", token)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(id -> new Lease(id, token)).toList();
    }

    /** Extends a lease its holder still has; false when the lease was lost (taken over, or the row is gone). */
    public boolean renew(Lease held, Duration lease) {
        return getEntityManager().createNativeQuery("""
                        UPDATE delivery SET leased_until = now() + make_interval(secs => :leaseSeconds)
                        WHERE article_id = :id AND lease_token = :token AND delivered_at IS NULL""")
                .setParameter("leaseSeconds", seconds(lease))
                .setParameter("id", held.articleId())
                .setParameter("token", held.token())
                .executeUpdate() == 1;
    }

    /** The delivery row, locked for update, if {@code held} still holds it; empty once the lease was lost. */
    public Optional<Delivery> findHeld(Lease held) {
        return findByIdOptional(held.articleId(), LockModeType.PESSIMISTIC_WRITE)
                .filter(delivery -> delivery.deliveredAt == null && held.token().equals(delivery.leaseToken));
    }

    public long countPending() {
        return count("deliveredAt is null");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
