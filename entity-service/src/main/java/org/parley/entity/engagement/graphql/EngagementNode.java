package org.parley.entity.engagement.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.time.LocalDate;

/** GraphQL {@code Engagement}: one real-world engagement with all its reports. */
@Name("Engagement")
@Key(fields = @FieldSet("id"))
public class EngagementNode {

    @Id
    @NonNull
    public String id;
    @NonNull
    public EngagementType type;
    @NonNull
    public EngagementStatus status;
    @NonNull
    public DateSpanNode date;
    public String location;
    @NonNull
    public int articleCount;

    @Ignore
    public LocalDate sortDate;

    public EngagementNode() {
    }

    public EngagementNode(long id, EngagementType type, EngagementStatus status, DateSpanNode date, String location,
                          int articleCount, LocalDate sortDate) {
        this.id = Long.toString(id);
        this.type = type;
        this.status = status;
        this.date = date;
        this.location = location;
        this.articleCount = articleCount;
        this.sortDate = sortDate;
    }

    /** The numeric id. */
    public long key() {
        return Long.parseLong(id);
    }
}
