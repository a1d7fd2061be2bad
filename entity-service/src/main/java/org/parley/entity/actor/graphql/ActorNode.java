package org.parley.entity.actor.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.actor.model.ActorKind;

/** GraphQL {@code Actor}: a canonical person, country or organisation. */
@Name("Actor")
@Key(fields = @FieldSet("id"))
public class ActorNode {

    @Id
    @NonNull
    public String id;

    @NonNull
    @Description("canonical name")
    public String name;

    @NonNull
    public ActorKind kind;

    @Description("latest known office, e.g. \"Foreign Minister\"")
    public String title;

    @Ignore
    public Long affiliationId;

    public ActorNode() {
    }

    public ActorNode(long id, String name, ActorKind kind, String title, Long affiliationId) {
        this.id = Long.toString(id);
        this.name = name;
        this.kind = kind;
        this.title = title;
        this.affiliationId = affiliationId;
    }

    /** The numeric id. */
    public long key() {
        return Long.parseLong(id);
    }
}
