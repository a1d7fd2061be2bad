package org.parley.entity.actor.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** GraphQL {@code Counterpart}: an actor another engaged with, how often and when last. */
@Name("Counterpart")
public class CounterpartNode {

    @NonNull
    public ActorNode actor;

    @NonNull
    public int engagementCount;

    public LocalDate lastDate;

    public CounterpartNode(ActorNode actor, int engagementCount, LocalDate lastDate) {
        this.actor = actor;
        this.engagementCount = engagementCount;
        this.lastDate = lastDate;
    }
}
