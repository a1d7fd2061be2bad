package org.parley.ingest.article.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/**
 * An article as a client submits it, over REST or GraphQL: the raw scraped text and optional metadata.
 * {@code publishedOn} overrides any date found in the text.
 */
@Input("ArticleInput")
public record ArticleInput(@NotNull(message = "text is required") @NonNull String text,
                           String title, String source, String url, LocalDate publishedOn) {
}
