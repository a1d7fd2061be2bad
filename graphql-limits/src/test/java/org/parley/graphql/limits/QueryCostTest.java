package org.parley.graphql.limits;

import java.util.List;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each multiplier of the cost, on a schema shaped like entity-service's with a federation {@code _entities}. */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              actors(first: Int = 50): ActorConnection!
              _entities(representations: [String!]!): [Article]!  # _Any in the subgraphs
            }
            type ActorConnection { totalCount: Int! nodes: [Actor!]! }
            type Actor { id: ID! aliases: [String!]! engagements(first: Int): EngagementConnection! }
            type EngagementConnection { nodes: [Engagement!]! }
            type Engagement { id: ID! participants: [Participant!]! }
            type Participant { role: String actor: Actor! }
            type Article { id: ID! text: String! }
            """), RuntimeWiring.newRuntimeWiring().build());

    private static final QueryCost COST = new QueryCost(50);

    private static long cost(String query) {
        Document document = Parser.parse(query);
        return COST.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(SCHEMA, document, null,
                CoercedVariables.emptyVariables()), SCHEMA);
    }

    @Test
    void aPageCostsItsSizeTimesItsNodes() {
        // actors 1 + 7 × (nodes 1 + id 1 + aliases 1): a list of scalars is one value
        assertEquals(1 + 7 * 3, cost("{ actors(first: 7) { nodes { id aliases } } }"));
        // the schema's default, 50
        assertEquals(1 + 50 * 2, cost("{ actors { nodes { id } } }"));
    }

    @Test
    void aNestedConnectionWithoutFirstCountsTheDefaultPageSize() {
        // engagements has no default in the schema; the subgraph answers 50, so 50 are counted
        long engagements = 1 + 50 * (1 + 1);
        assertEquals(1 + 2 * (1 + engagements), cost("{ actors(first: 2) { nodes { engagements { nodes { id } } } } }"));
    }

    @Test
    void otherListsOfObjectsCountTen() {
        long participants = 1 + 10 * (1 + (1 + 1)); // role, actor { id }
        long engagements = 1 + 3 * (1 + participants);
        assertEquals(1 + (1 + engagements), cost(
                "{ actors(first: 1) { nodes { engagements(first: 3) { nodes { participants { role actor { id } } } } } } }"));
    }

    @Test
    void entitiesCountTheirRepresentationsAndAnArticleTextFifty() {
        String query = "query($r: [String!]!) { _entities(representations: $r) { ... on Article { id text } } }";
        List<String> representations = List.of("Article:1", "Article:2", "Article:3");
        Document document = Parser.parse(query);
        long cost = COST.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                SCHEMA, document, null, RawVariables.of(Map.of("r", representations))), SCHEMA);
        assertEquals(1 + 3 * (1 + 50), cost);
    }

    @Test
    void hugeProductsSaturateInsteadOfOverflowing() {
        String inner = "id";
        for (int i = 0; i < 6; i++) {
            inner = "engagements(first: 2147483647) { nodes { participants { actor { %s } } } }".formatted(inner);
        }
        assertEquals(Long.MAX_VALUE, cost("{ actors(first: 2147483647) { nodes { " + inner + " } } }"));
    }
}
