package org.parley.entity.coding.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.coding.model.Coding;

/** GraphQL {@code EventCoding}: an engagement in the CAMEO and PLOVER event-data standards. */
@Name("EventCoding")
public class EventCodingNode {

    @NonNull
    @Description("CAMEO code, e.g. \"042\" (make a visit), \"040\" (consult)")
    public String cameo;
    @NonNull
    @Description("PLOVER event type, e.g. \"CONSULT\"")
    public String ploverEvent;
    @Description("PLOVER mode of that event type, where one applies")
    public String ploverMode;

    public EventCodingNode(Coding coding) {
        this.cameo = coding.cameo().code();
        this.ploverEvent = coding.ploverEvent();
        this.ploverMode = coding.ploverMode();
    }
}
