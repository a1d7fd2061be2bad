package org.parley.entity.engagement.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.engagement.model.DatePrecision;

import java.time.LocalDate;

/** GraphQL {@code DateSpan}. */
@Name("DateSpan")
public class DateSpanNode {

    public LocalDate start;
    public LocalDate end;
    @NonNull
    public DatePrecision precision;
    public String text;

    public DateSpanNode(LocalDate start, LocalDate end, DatePrecision precision, String text) {
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.text = text;
    }
}
