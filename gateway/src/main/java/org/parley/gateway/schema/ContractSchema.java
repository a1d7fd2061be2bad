package org.parley.gateway.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.parley.gateway.auth.WriteAccess;
import org.parley.gateway.error.GatewayErrors;
import org.parley.gateway.planning.FederatedExecutor;
import org.parley.gateway.planning.Ownership;
import org.parley.gateway.subscription.SubscriptionRelay;

/**
 * The executable client schema: the contract SDL ({@code schema/contract.graphql}) wired so that root fields go to
 * their owning subgraph and every other field reads the already fetched JSON by its result key.
 */
@ApplicationScoped
public class ContractSchema {

    /** Classpath location of the client contract the gateway serves. */
    public static final String CONTRACT_RESOURCE = "schema/contract.graphql";

    private final FederatedExecutor executor;
    private final SubscriptionRelay subscriptions;
    private final WriteAccess writeAccess;
    private volatile GraphQLSchema schema;

    ContractSchema(FederatedExecutor executor, SubscriptionRelay subscriptions, WriteAccess writeAccess) {
        this.executor = executor;
        this.subscriptions = subscriptions;
        this.writeAccess = writeAccess;
    }

    /** The contract SDL text. */
    public static String contractSdl() {
        try (InputStream in = ContractSchema.class.getClassLoader().getResourceAsStream(CONTRACT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + CONTRACT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The executable schema, built once. */
    public GraphQLSchema schema() {
        GraphQLSchema built = schema;
        if (built == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = build();
                }
                built = schema;
            }
        }
        return built;
    }

    private GraphQLSchema build() {
        TypeDefinitionRegistry types = new SchemaParser().parse(contractSdl());
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry()
                .defaultDataFetcher(environment -> ResultKeyFetcher.INSTANCE);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .codeRegistry(code)
                .scalar(IsoScalars.DATE)
                .scalar(IsoScalars.DATE_TIME)
                .type("Query", type -> type.defaultDataFetcher(rootFetcher("Query", "query", false)))
                .type("Mutation", type -> type.defaultDataFetcher(rootFetcher("Mutation", "mutation", true)))
                .type("Subscription", type -> type.defaultDataFetcher(subscriptions::subscribe))
                .build();
        return new SchemaGenerator().makeExecutableSchema(types, wiring);
    }

    /**
     * Sends a root field to its subgraph. A write (a mutation) goes only with the write token, and with the caller's
     * {@code Authorization} header, which the subgraph checks again; otherwise it is an UNAUTHENTICATED error and no
     * subgraph is called.
     */
    private DataFetcher<?> rootFetcher(String rootType, String operationType, boolean writes) {
        return environment -> {
            Optional<String> authorization = writes ? writeAccess.authorization() : Optional.empty();
            if (writes && authorization.isEmpty()) {
                return error(environment, WriteAccess.MESSAGE, GatewayErrors.UNAUTHENTICATED);
            }
            return Ownership.rootOwner(rootType, environment.getField().getName())
                    .<Object>map(subgraph -> executor.execute(environment, subgraph, operationType,
                            authorization.orElse(null)))
                    .orElseGet(() -> error(environment, "No subgraph serves " + rootType + "."
                            + environment.getField().getName(), "INTERNAL_SERVER_ERROR"));
        };
    }

    private static DataFetcherResult<Object> error(DataFetchingEnvironment environment, String message, String code) {
        return DataFetcherResult.newResult()
                .error(GatewayErrors.error(message, code, environment.getExecutionStepInfo().getPath(),
                        environment.getField().getSourceLocation()))
                .build();
    }

    /** Reads a field from the JSON map of its parent under the client's result key (alias or name). */
    static final class ResultKeyFetcher implements DataFetcher<Object> {
        static final ResultKeyFetcher INSTANCE = new ResultKeyFetcher();

        @Override
        public Object get(DataFetchingEnvironment environment) {
            Object source = environment.getSource();
            return source instanceof Map<?, ?> map ? map.get(environment.getField().getResultKey()) : null;
        }
    }
}
