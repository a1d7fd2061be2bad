package org.parley.entity.common.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.GraphQL;
import org.parley.graphql.errors.ValidationErrorMessages;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Wrongly typed arguments and variables sent to this subgraph directly get GRAPHQL_VALIDATION_FAILED with a message
 * naming the argument or variable, and no graphql-java or Java class.
 */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class ValidationErrorMessagesTest {

    private record Bad(String query, Map<String, Object> variables, String message) {
    }

    private static final List<Bad> TRIED = List.of(
            new Bad("{ engagements(first: \"abc\") { totalCount } }", Map.of(),
                    "Argument 'first' of engagements is not a valid Int"),
            new Bad("{ actor(id: {a: 1}) { id } }", Map.of(), "Argument 'id' of actor is not a valid ID"),
            new Bad("query($n: Int) { engagements(first: $n) { totalCount } }", Map.of("n", List.of(1)),
                    "Variable 'n' has an invalid value"));

    @Test
    void wronglyTypedInputIsRefusedInTheApisWords() {
        for (Bad bad : TRIED) {
            GraphQL.query(bad.query(), bad.variables())
                    .body("errors[0].extensions.code", equalTo(ValidationErrorMessages.CODE))
                    .body("errors[0].message", equalTo(bad.message()))
                    .body("errors[0].message", allOf(not(containsString("Value{")), not(containsString("AST")),
                            not(containsString("List12")), not(containsString("java"))));
        }
    }
}
