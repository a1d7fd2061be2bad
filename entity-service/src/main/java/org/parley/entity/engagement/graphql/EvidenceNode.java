package org.parley.entity.engagement.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.entity.article.graphql.ArticleNode;

/** GraphQL {@code Evidence}: one sentence reporting an engagement; the article is a reference by id. */
@Name("Evidence")
public class EvidenceNode {

    @NonNull
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
