package org.parley.entity.engagement.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Provides;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.article.graphql.ArticleNode;

/**
 * GraphQL {@code Evidence}: one sentence reporting an engagement; the article is a reference by id that also
 * carries the article's title ({@code @provides}), so a page of evidence needs nothing from ingest-service for it.
 */
@Name("Evidence")
public class EvidenceNode {

    @NonNull
    @Provides(fields = @FieldSet("title"))
    public ArticleNode article;
    @NonNull
    public String sentence;
    @NonNull
    public int start;
    @NonNull
    public int end;

    public EvidenceNode(ArticleNode article, String sentence, int start, int end) {
        this.article = article;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }
}
