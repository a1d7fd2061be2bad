package org.parley.entity.delivery.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Transaction-scoped PostgreSQL advisory locks on names. Resolution takes all of a delivery's name locks first and
 * in ascending order, then all of its participant locks in ascending order, so concurrent deliveries serialise on
 * what they share and cannot deadlock.
 */
@ApplicationScoped
public class AdvisoryLocks {

    @Inject
    EntityManager entityManager;

    /** Locks every key until the current transaction ends, in a fixed order. */
    public void lockAll(Collection<String> keys) {
        TreeSet<Long> ids = new TreeSet<>();
        for (String key : keys) {
            ids.add(hash(key));
        }
        for (long id : ids) {
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:id)")
                    .setParameter("id", id)
                    .getSingleResult();
        }
    }

    static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
