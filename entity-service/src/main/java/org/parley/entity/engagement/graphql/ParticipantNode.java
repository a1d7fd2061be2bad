package org.parley.entity.engagement.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.actor.graphql.ActorNode;

/** GraphQL {@code Participant}. */
@Name("Participant")
public class ParticipantNode {

    @NonNull
    public ActorNode actor;
    public String role;

    public ParticipantNode(ActorNode actor, String role) {
        this.actor = actor;
        this.role = role;
    }
}
