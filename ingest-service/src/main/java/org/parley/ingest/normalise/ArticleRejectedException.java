package org.parley.ingest.normalise;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Input that is not a news story; {@link #rule()} names the check that fired, e.g. "EMPTY", "TOO_LARGE", and
 * the message starts with it so GraphQL clients see the rule too.
 */
@ErrorCode("BAD_USER_INPUT")
public class ArticleRejectedException extends RuntimeException {

    private final String rule;

    public ArticleRejectedException(String rule, String message) {
        super(rule + ": " + message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
