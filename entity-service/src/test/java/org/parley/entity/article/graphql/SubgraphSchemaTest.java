package org.parley.entity.article.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.parley.entity.support.GraphQL.query;

@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class SubgraphSchemaTest {

    @Test
    void servesAFederationV2SubgraphWithTheContractNames() {
        String sdl = query("{ _service { sdl } }")
                .body("data._service.sdl", allOf(
                        containsString("@link(import : [\"@key\", \"@shareable\", \"@external\", \"@provides\"], url : \"https://specs.apollo.dev/federation/v2.7\")"),
                        containsString("type Actor @key(fields : \"id\")"),
                        containsString("type Engagement @key(fields : \"id\")"),
                        containsString("type Article @key(fields : \"id\")"),
                        containsString("type PageInfo @shareable"),
                        // Evidence.article answers the article's title itself; other Article fields are ingest's
                        containsString("article: Article! @provides(fields : \"title\")"),
                        containsString("title: String @external"),
                        containsString("engagements(after: String, filter: EngagementFilter, first: Int): EngagementConnection!"),
                        containsString("counterparts(first: Int): [Counterpart!]!"),
                        containsString("input EngagementFilter"),
                        containsString("input ActorFilter"),
                        containsString("engagementRecorded: Engagement!")))
                .extract().path("data._service.sdl");
        System.out.println(sdl);
    }
}
