package org.parley.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.parley.graphql.limits.QueryCost;

/**
 * Every query the explorer sends (read from its api.js, with the page sizes its views use) costs less than the
 * gateway's budget (20,000), and so less than the subgraphs' (100,000): the cost limits never refuse the explorer.
 */
class ExplorerQueryCostTest {

    private static final long GATEWAY_BUDGET = 20_000;
    private static final Pattern CONSTANT = Pattern.compile("(?:export )?const (\\w+) = `([^`]*)`;", Pattern.DOTALL);

    @Test
    void everyExplorerQueryIsWithinTheGatewaysBudget() throws IOException {
        GraphQLSchema contract = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(resource("schema/contract.graphql")));
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher constant = CONSTANT.matcher(resource("META-INF/resources/explorer/api.js"));
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2).replace("${ENGAGEMENT_FIELDS}",
                    constants.getOrDefault("ENGAGEMENT_FIELDS", "")));
        }
        // the largest variables each view sends (actor.js: PAGE 50, QUOTES 20; home.js: PAGE 20, SAMPLE 100;
        // explorer.js: search 20); the timeline's aliases ask first: 0 and cost 1 each
        Map<String, Map<String, Object>> sent = Map.of(
                "LATEST_QUERY", Map.of("first", 20),
                "PARTIES_QUERY", Map.of("first", 100),
                "SEARCH_QUERY", Map.of("name", "x", "first", 20),
                "ACTOR_NAME_QUERY", Map.of("id", "1"),
                "ACTOR_QUERY", Map.of("id", "1", "first", 50, "quotes", 20),
                "ACTOR_ENGAGEMENTS_QUERY", Map.of("id", "1", "first", 50),
                "ACTOR_QUOTES_QUERY", Map.of("id", "1", "first", 20),
                "ENGAGEMENT_QUERY", Map.of("id", "1"));
        QueryCost cost = new QueryCost(50);
        sent.forEach((name, variables) -> {
            String query = constants.get(name);
            assertTrue(query != null, name + " not found in api.js");
            long queryCost = cost.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    contract, Parser.parse(query), null, RawVariables.of(variables)), contract);
            System.out.printf("explorer %s costs %d%n", name, queryCost);
            assertTrue(queryCost <= GATEWAY_BUDGET, name + " costs " + queryCost);
        });
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ExplorerQueryCostTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
