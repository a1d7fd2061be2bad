package org.parley.entity.coding.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Payloads;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** {@code Engagement.coding} over delivered engagements, stored in PostgreSQL and read back through the subgraph. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class CodingGraphQLTest {

    private static final String CODINGS = """
            query($reps: [_Any!]!) { _entities(representations: $reps) {
              ... on Engagement { id type status coding { cameo ploverEvent ploverMode } }
            } }""";

    @Test
    void codesEachEngagementByTypeStatusRolesAndVenue() {
        // Countries no other test uses, and people of their own, so that no engagement merges with another test's.
        Payloads article = Payloads.article("2023-05-30").titled("A week of diplomacy")
                .country("jp", "Japan").country("in", "India").country("br", "Brazil").country("ke", "Kenya")
                .person("hoshi", "Aiko Hoshimura", "Foreign Minister", "jp", "Hoshimura")
                .person("dev", "Ravi Devanand", "External Affairs Minister", "in", "Devanand")
                .person("lima", "Joana Limeira", "President", "br", "Limeira")
                .person("odh", "Peter Odhiambo", "President", "ke", "Odhiambo")
                .engagement("MEETING", "OCCURRED", "2023-05-01", null, "DAY", "Geneva",
                        "Hoshimura met Devanand in Geneva.", "hoshi", "dev")
                .engagement("CALL", "OCCURRED", "2023-05-03", null, "DAY", null,
                        "Hoshimura phoned Devanand.", "hoshi:INITIATOR", "dev")
                .engagement("MEETING", "OCCURRED", "2023-05-05", null, "DAY", "New Delhi",
                        "Hoshimura met Devanand in New Delhi.", "hoshi", "dev")
                .engagement("MEETING", "OCCURRED", "2023-05-07", null, "DAY", null,
                        "Limeira hosted Odhiambo.", "lima:HOST", "odh:GUEST")
                .engagement("MEETING", "OCCURRED", "2023-05-09", null, "DAY", "Nairobi",
                        "Limeira and Odhiambo held trade negotiations in Nairobi.", "lima", "odh")
                .engagement("MEETING", "PLANNED", "2023-06-20", null, "DAY", "Tokyo",
                        "Hoshimura will meet Limeira in Tokyo.", "hoshi", "lima")
                .engagement("VISIT", "CANCELLED", "2023-05-11", null, "DAY", "Nairobi",
                        "Hoshimura called off her visit to Kenya.", "hoshi")
                .engagement("CONFERENCE", "OCCURRED", "2023-05-13", null, "DAY", "Geneva",
                        "Hoshimura, Devanand and Limeira attended a summit in Geneva.", "hoshi", "dev", "lima");
        List<Number> ids = deliver(article).statusCode(200).extract().path("engagementIds");
        List<Map<String, Object>> reps = ids.stream()
                .map(id -> Map.<String, Object>of("__typename", "Engagement", "id", id.toString())).toList();

        query(CODINGS, Map.of("reps", reps))
                .body("errors", nullValue())
                .body("data._entities.coding.cameo",
                        equalTo(List.of("044", "041", "042", "043", "046", "036", "125", "044")))
                .body("data._entities.coding.ploverEvent", equalTo(List.of(
                        "CONSULT", "CONSULT", "CONSULT", "CONSULT", "CONSULT", "AGREE", "REJECT", "CONSULT")))
                .body("data._entities.coding.ploverMode", equalTo(Arrays.asList(
                        "third-party", "phone", "visit", "visit", null, null, "meet", "multilateral")));
    }

    @Test
    void codingIsSelectableInPagesAndNamedInTheSchema() {
        query("{ engagements(first: 3) { nodes { coding { cameo ploverEvent ploverMode } } } }")
                .body("errors", nullValue());
        query("{ _service { sdl } }")
                .body("data._service.sdl", allOf(containsString("coding: EventCoding!"),
                        containsString("cameo: String!"), containsString("ploverEvent: String!"),
                        containsString("ploverMode: String\n")));
    }
}
