package org.parley.gateway.subgraph;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.gateway.testsupport.GraphQLRequests.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/**
 * Subgraph answers over {@code parley.limits.max-response-bytes} (1 MiB in these tests, 10 MiB by default) are
 * refused with RESPONSE_TOO_LARGE, forwarded or executed. Eight aliases of a 200,000-character text (1.6 MB) cost
 * only 8 × 51: the cost limit cannot see the size of a text, this limit does.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ResponseSizeLimitTest {

    private static final String MESSAGE =
            "The answer would be larger than 1 MiB (1048576 bytes); select fewer fields or a smaller page";

    @BeforeEach
    void reset() {
        FakeSubgraphs.resetAll();
    }

    @Test
    void aForwardedQueryWhoseAnswerIsTooLargeIsRefusedWithACode() {
        // one subgraph answers it whole: forwarded, and its one answer is over the limit
        graphql(texts(8))
                .body("errors", hasSize(8))
                .body("errors.extensions.code", everyItem(equalTo("RESPONSE_TOO_LARGE")))
                .body("errors[0].message", equalTo(MESSAGE))
                .body("errors[0].path[0]", equalTo("a0"))
                .body("data.a0", nullValue());
    }

    @Test
    void anExecutedQueryStopsAtTheLimitAndRefusesTheRestWithACode() {
        // a root field of the other subgraph makes the gateway execute it: one request per root field, one budget
        Map<String, Object> answer = graphql("{ engagement(id: \"e1\") { id } " + texts(8).substring(1))
                .body("data.engagement.id", equalTo("e1"))
                .extract().path("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) answer.get("data");
        assertEquals(List.of("RESPONSE_TOO_LARGE"),
                errors.stream().map(e -> ((Map<?, ?>) e.get("extensions")).get("code")).distinct().toList());
        assertEquals(MESSAGE, errors.get(0).get("message"));
        long answered = IntStream.range(0, 8).filter(i -> data.get("a" + i) != null).count();
        assertEquals(8, answered + errors.size(), "every alias is answered or refused");
        assertTrue(answered * FakeSubgraphs.HUGE_TEXT_CHARS <= 2L * FakeSubgraphs.MAX_RESPONSE_BYTES,
                answered + " texts answered");
    }

    @Test
    void anAnswerUnderTheLimitIsAnswered() {
        graphql(texts(3))
                .body("errors", nullValue())
                .body("data.a2.text", notNullValue())
                .body("data.a2.text.length()", greaterThan(FakeSubgraphs.HUGE_TEXT_CHARS));
    }

    private static String texts(int aliases) {
        return IntStream.range(0, aliases)
                .mapToObj(i -> "a%d: article(id: \"huge-%d\") { text }".formatted(i, i))
                .collect(Collectors.joining(" ", "{ ", " }"));
    }
}
