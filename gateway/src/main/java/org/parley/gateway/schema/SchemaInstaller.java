package org.parley.gateway.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.error.ErrorCodeInstrumentation;
import org.parley.gateway.limits.QueryLimitsInstrumentation;

/**
 * Makes SmallRye GraphQL serve the contract schema: SmallRye keeps the HTTP and websocket endpoints, GraphiQL and
 * execution, while the schema it built from annotations is replaced by {@link ContractSchema}'s, and the gateway's
 * limits and error codes are installed as graphql-java instrumentation.
 */
@ApplicationScoped
public class SchemaInstaller {

    private final ContractSchema contract;
    // looked up lazily: SmallRye builds the schema during static init, before runtime config mappings exist
    private final Instance<GatewayConfig> config;

    SchemaInstaller(ContractSchema contract, Instance<GatewayConfig> config) {
        this.contract = contract;
        this.config = config;
    }

    void replaceSchema(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema schema = contract.schema();
        Set<GraphQLType> types = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!type.getName().startsWith("__") && type != schema.getQueryType()
                    && type != schema.getMutationType() && type != schema.getSubscriptionType()) {
                types.add(type);
            }
        }
        builder.query(schema.getQueryType())
                .mutation(schema.getMutationType())
                .subscription(schema.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(types)
                .clearDirectives()
                .additionalDirectives(new HashSet<>(schema.getDirectives()))
                .clearSchemaDirectives()
                .codeRegistry(schema.getCodeRegistry());
    }

    void installInstrumentation(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new QueryLimitsInstrumentation(() -> config.get().limits()),
                new ErrorCodeInstrumentation())));
    }
}
