package org.parley.entity.quote.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Provides;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.article.graphql.ArticleNode;

import java.time.LocalDate;

/**
 * GraphQL {@code Quote}: the quoted words, offsets into {@code Article.text}, and the day said; the speaker
 * resolves in batches, the article is a reference that carries its delivered title ({@code @provides}).
 */
@Name("Quote")
public class QuoteNode {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String text;
    @NonNull
    @Provides(fields = @FieldSet("title"))
    public ArticleNode article;
    @NonNull
    public int start;
    @NonNull
    public int end;
    public LocalDate saidOn;

    @Ignore
    public Long speakerId;
    @Ignore
    public LocalDate sortDate;

    public QuoteNode(long id, String text, ArticleNode article, int start, int end, LocalDate saidOn, Long speakerId,
                     LocalDate sortDate) {
        this.id = Long.toString(id);
        this.text = text;
        this.article = article;
        this.start = start;
        this.end = end;
        this.saidOn = saidOn;
        this.speakerId = speakerId;
        this.sortDate = sortDate;
    }
}
