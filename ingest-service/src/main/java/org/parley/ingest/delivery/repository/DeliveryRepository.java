package org.parley.ingest.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.ingest.delivery.model.Delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Pending deliveries; leasing is safe across replicas. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** Leases up to {@code limit} due deliveries for {@code lease} and returns their article ids, oldest first. */
    @SuppressWarnings("unchecked")
    public List<UUID> leaseDue(int limit, Duration lease) {
        return getEntityManager().createNativeQuery("""
                        UPDATE delivery SET leased_until = now() + make_interval(secs => :leaseSeconds)
                        WHERE article_id IN (
                            SELECT article_id FROM delivery
                            WHERE delivered_at IS NULL
                              AND next_attempt_at <= now()
                              AND (leased_until IS NULL OR leased_until < now())
                            ORDER BY next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING article_id""", UUID.class)
                .setParameter("leaseSeconds", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }

    public long countPending() {
        return count("deliveredAt is null");
    }
}
