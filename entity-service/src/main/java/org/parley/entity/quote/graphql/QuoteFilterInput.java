package org.parley.entity.quote.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** GraphQL {@code QuoteFilter}. */
@Input("QuoteFilter")
public class QuoteFilterInput {

    /** Quotes by any of these actors. */
    @Id
    public List<@NonNull String> speakerIds;
    /** Words the quote contains. */
    public String text;
    /** The day said lies in [from, to]. */
    public LocalDate from;
    public LocalDate to;
}
