package org.parley.ingest.delivery.lease;

import java.util.UUID;

/** One claim of an article's delivery by one replica: valid while the row still carries {@code token}. */
public record Lease(UUID articleId, UUID token) {
}
