package org.parley.ingest.delivery.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Delivery state of one article's extraction to entity-service (store-then-deliver with retry). */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    /** The extraction as JSON, kept so a retry re-sends the same result instead of re-running the models. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String extraction;

    /** Attempts in this round (since the article was received or last retried); drives the backoff. */
    @Column(nullable = false)
    public int attempts;

    /** 4xx answers of entity-service in this round; bounded by {@code parley.ingest.worker.max-rejected-attempts}. */
    @Column(nullable = false)
    public int rejections;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "leased_until")
    public OffsetDateTime leasedUntil;

    /** The token of the claim that holds the lease; only its holder may change this row (see Lease). */
    @Column(name = "lease_token")
    public UUID leaseToken;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
