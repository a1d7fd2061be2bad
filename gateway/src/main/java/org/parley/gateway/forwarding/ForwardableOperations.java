package org.parley.gateway.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.parley.gateway.config.GatewayConfig;
import org.parley.gateway.limits.QueryLimits;
import org.parley.gateway.planning.SingleSubgraph;
import org.parley.gateway.schema.ContractSchema;
import org.parley.gateway.subgraph.Subgraph;

/**
 * Decides which requests may skip the gateway's executor: queries that parse, validate against the contract, stay
 * within the {@link QueryLimits} with their variables, and that one subgraph answers whole. Everything else
 * (errors included) is left to the executor, which reports it as it always does. The variable-independent part of
 * the decision is cached per query text and operation name, bounded by the total length of the texts.
 */
@ApplicationScoped
public class ForwardableOperations {

    /** A root field of a forwarded query: where its error goes if the subgraph cannot be reached. */
    public record RootField(String resultKey, SourceLocation location, boolean nonNull) {
    }

    /** Forward the request to {@code subgraph} as it is. */
    public record Forward(Subgraph subgraph, List<RootField> rootFields) {
    }

    /** The cached part of a decision: a forward, or null for "execute"; the document when limits need variables. */
    private record Analysis(Forward forward, Document document, String operationName) {
        static final Analysis EXECUTE = new Analysis(null, null, null);
    }

    private record Key(String query, String operationName) {
    }

    private final ContractSchema contract;
    private final QueryLimits limits;
    private final Cache<Key, Analysis> analyses;

    ForwardableOperations(ContractSchema contract, GatewayConfig config) {
        this.contract = contract;
        this.limits = new QueryLimits(config.limits());
        this.analyses = Caffeine.newBuilder().maximumWeight(config.forwarding().cacheChars())
                .weigher((Key key, Analysis analysis) -> key.query().length()).build();
    }

    /** Where to forward this request, or empty when the gateway must execute (or refuse) it. */
    public Optional<Forward> forward(String query, String operationName, Map<String, Object> variables) {
        Analysis analysis = analyses.get(new Key(query, operationName), key -> analyse(key.query(), key.operationName()));
        if (analysis.forward() == null) {
            return Optional.empty();
        }
        if (analysis.document() != null && !withinLimits(analysis, variables)) {
            return Optional.empty();
        }
        return Optional.of(analysis.forward());
    }

    private Analysis analyse(String query, String operationName) {
        GraphQLSchema schema = contract.schema();
        // parsed and validated as graphql-java does when it executes a request
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
        // an oversized document is left to the executor, which refuses it before validation
        if (parsed.isFailure() || !limits.checkDocument(parsed.getDocument()).isEmpty()
                || !ParseAndValidate.validate(schema, parsed.getDocument(), Locale.ROOT).isEmpty()) {
            return Analysis.EXECUTE;
        }
        Document document = parsed.getDocument();
        OperationDefinition operation;
        try {
            operation = NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (RuntimeException unknownOperation) {
            return Analysis.EXECUTE;
        }
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return Analysis.EXECUTE;
        }
        Map<String, FragmentDefinition> fragments = NodeUtil.getFragmentsByName(document);
        Optional<Subgraph> target = SingleSubgraph.of(schema, operation, fragments);
        if (target.isEmpty()) {
            return Analysis.EXECUTE;
        }
        Forward forward = new Forward(target.get(), rootFields(schema, operation));
        if (!operation.getVariableDefinitions().isEmpty()) {
            // page sizes and @skip/@include may come from variables: the limits are checked per request
            return new Analysis(forward, document, operationName);
        }
        try {
            ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                    schema, document, operationName, CoercedVariables.emptyVariables());
            return limits.check(normalized, schema).isEmpty() ? new Analysis(forward, null, null) : Analysis.EXECUTE;
        } catch (RuntimeException tooLargeToNormalise) {
            // graphql-java aborts past its field count limit; the executor reports that as a GraphQL error
            return Analysis.EXECUTE;
        }
    }

    private boolean withinLimits(Analysis analysis, Map<String, Object> variables) {
        GraphQLSchema schema = contract.schema();
        try {
            ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(schema, analysis.document(),
                            analysis.operationName(), RawVariables.of(variables));
            return limits.check(normalized, schema).isEmpty();
        } catch (RuntimeException invalidVariables) {
            return false;
        }
    }

    private static List<RootField> rootFields(GraphQLSchema schema, OperationDefinition operation) {
        List<RootField> fields = new ArrayList<>();
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            Field field = (Field) selection; // SingleSubgraph forwards plain root fields only
            boolean nonNull = GraphQLTypeUtil.isNonNull(
                    schema.getQueryType().getFieldDefinition(field.getName()).getType());
            fields.add(new RootField(field.getResultKey(), field.getSourceLocation(), nonNull));
        }
        return fields;
    }
}
