package org.parley.ingest.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.graphql.errors.ValidationErrorMessages;
import org.parley.ingest.support.ArticleQueries;
import org.parley.ingest.support.Articles;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ingest.support.ArticleQueries.graphql;

/**
 * Wrongly typed arguments and variables sent to this subgraph directly get GRAPHQL_VALIDATION_FAILED with a message
 * naming the argument or variable, no graphql-java or Java class, and store nothing.
 */
@QuarkusTest
class ValidationErrorMessagesTest {

    private static final String INGEST = """
            mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { id } }""";

    private record Bad(String what, String query, Map<String, ?> variables, String message) {
    }

    private static final List<Bad> TRIED = List.of(
            new Bad("a string for an Int", "{ articles(first: \"abc\") { totalCount } }", Map.of(),
                    "Argument 'first' of articles is not a valid Int"),
            new Bad("an object for an ID", "{ article(id: {a: 1}) { id } }", Map.of(),
                    "Argument 'id' of article is not a valid ID"),
            new Bad("month 13 in a Date variable", INGEST,
                    Map.of("input", Map.of("text", Articles.story(), "publishedOn", "2023-13-01")),
                    // SmallRye's text named org.parley.ingest.article.api.ArticleInput and echoed the whole input
                    "Argument 'input' has an invalid value"),
            new Bad("a list for a String", INGEST, Map.of("input", Map.of("text", List.of(1))),
                    "Variable 'input' has an invalid value: expected String"));

    @Test
    void wronglyTypedInputIsRefusedInTheApisWordsAndStoresNothing() {
        int before = ArticleQueries.storedArticles();
        for (Bad bad : TRIED) {
            graphql(bad.query(), bad.variables())
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo(ValidationErrorMessages.CODE))
                    .body("errors[0].message", equalTo(bad.message()))
                    .body("errors[0].message", allOf(not(containsString("Value{")), not(containsString("AST")),
                            not(containsString("List12")), not(containsString("java")),
                            not(containsString("LocalDate")), not(containsString("org.parley")),
                            not(containsString("GENEVA"))));
        }
        assertEquals(before, ArticleQueries.storedArticles(), "no article stored");
    }
}
