package org.parley.entity.engagement.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Broadcasts the ids of engagements created or changed, once their transaction has committed. */
@ApplicationScoped
public class EngagementEvents {

    private final BroadcastProcessor<Long> changes = BroadcastProcessor.create();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EngagementChanged event) {
        changes.onNext(event.engagementId());
    }

    /** Ids of engagements committed from now on. */
    public Multi<Long> committedChanges() {
        return changes;
    }
}
