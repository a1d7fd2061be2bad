package org.parley.entity.actor.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.actor.model.ActorKind;

import java.util.List;

/** GraphQL {@code ActorFilter}. */
@Input("ActorFilter")
public class ActorFilterInput {

    /** Fuzzy: matches canonical names and aliases. */
    public String name;

    public List<@NonNull ActorKind> kinds;
}
