package org.parley.gateway.error;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.parley.gateway.testsupport.GraphQLRequests.asWriter;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/**
 * Arguments and variables of the wrong type get GRAPHQL_VALIDATION_FAILED with a message in the API's words: no
 * graphql-java syntax-tree class ({@code StringValue{…}}, "AST type"), no Java class of a value ({@code List12}).
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ValidationMessagesTest {

    private record Bad(String query, Map<String, Object> variables, String message) {
    }

    private static final List<Bad> TRIED = List.of(
            new Bad("{ articles(first: \"abc\") { totalCount } }", Map.of(),
                    "Argument 'first' of articles is not a valid Int"),
            new Bad("{ articles(first: 1.5) { totalCount } }", Map.of(),
                    "Argument 'first' of articles is not a valid Int"),
            new Bad("{ article(id: {a: 1}) { id } }", Map.of(),
                    "Argument 'id' of article is not a valid ID"),
            new Bad("mutation { ingestArticle(input: {text: \"x\", publishedOn: \"2023-13-01\"}) { id } }", Map.of(),
                    "Argument 'input.publishedOn' of ingestArticle is not a valid Date: Date must be an ISO-8601 "
                            + "string, got: \"2023-13-01\""),
            new Bad("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", "abc"),
                    "Variable 'n' has an invalid value: expected Int"),
            new Bad("mutation($i: ArticleInput!) { ingestArticle(input: $i) { id } }", Map.of("i", Map.of("text", List.of(1))),
                    "Variable 'i' has an invalid value: expected String"));

    @Test
    void wronglyTypedArgumentsAndVariablesAreRefusedInTheApisWords() {
        for (Bad bad : TRIED) {
            asWriter(bad.query(), bad.variables())
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("errors[0].message", equalTo(bad.message()))
                    .body("errors[0].message", allOf(not(containsString("Value{")), not(containsString("AST")),
                            not(containsString("List12")), not(containsString("java"))));
        }
    }
}
