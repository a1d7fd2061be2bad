package org.parley.gateway.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.SelectedField;
import org.parley.gateway.subgraph.Subgraph;

/**
 * Writes the GraphQL text of one subgraph operation from the client's (already normalised) selection: fields the
 * target subgraph owns are copied with their aliases and arguments (as literals of the client's coerced values);
 * fields owned by another subgraph are left out and recorded in the returned {@link PlanNode}, with the entity key
 * requested in their place.
 */
final class OperationWriter {

    /** Alias under which the entity key is fetched for objects that another subgraph completes. */
    static final String KEY_ALIAS = "_gw_id";

    private final Subgraph target;
    private final StringBuilder selection = new StringBuilder(256);
    private final StringBuilder declarations = new StringBuilder();
    private final Map<String, Object> variables = new LinkedHashMap<>();

    OperationWriter(Subgraph target) {
        this.target = target;
    }

    /** Declares an extra operation variable, e.g. {@code $representations: [_Any!]!}. */
    OperationWriter declare(String name, String type, Object value) {
        declarations.append(declarations.length() == 0 ? "" : ",").append('$').append(name).append(':').append(type);
        variables.put(name, value);
        return this;
    }

    /** Appends literal operation text (braces, a root field, an inline fragment head). */
    OperationWriter raw(String text) {
        selection.append(text);
        return this;
    }

    /**
     * Appends one field with alias and arguments but without its sub-selection. Argument values are written as
     * literals rather than variables: a literal carries no type name or nullability, so the operation stays valid
     * where a subgraph declares an argument as {@code Int!} or names its input type differently.
     */
    void fieldHead(String resultKey, String name, Map<String, Object> arguments, GraphQLFieldDefinition definition) {
        if (!resultKey.equals(name)) {
            selection.append(resultKey).append(':');
        }
        selection.append(name);
        boolean first = true;
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            GraphQLArgument argumentDefinition = definition.getArgument(argument.getKey());
            if (argumentDefinition == null) {
                continue;
            }
            selection.append(first ? "(" : ",").append(argument.getKey()).append(':');
            literal(argument.getValue(), argumentDefinition.getType());
            first = false;
        }
        if (!first) {
            selection.append(')');
        }
    }

    /** Writes a coerced input value as a GraphQL literal of {@code type}. */
    private void literal(Object value, GraphQLInputType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null) {
            selection.append("null");
        } else if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            selection.append('[');
            if (value instanceof Iterable<?> items) {
                boolean first = true;
                for (Object item : items) {
                    selection.append(first ? "" : ",");
                    literal(item, itemType);
                    first = false;
                }
            } else {
                literal(value, itemType);
            }
            selection.append(']');
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            selection.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                GraphQLInputObjectField fieldDefinition = object.getField(String.valueOf(field.getKey()));
                if (fieldDefinition == null) {
                    continue;
                }
                selection.append(first ? "" : ",").append(field.getKey()).append(':');
                literal(field.getValue(), fieldDefinition.getType());
                first = false;
            }
            selection.append('}');
        } else if (unwrapped instanceof GraphQLEnumType) {
            selection.append(value);
        } else if (value instanceof Number || value instanceof Boolean) {
            selection.append(value);
        } else {
            selection.append('"').append(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value)))
                    .append('"');
        }
    }

    /**
     * Appends {@code { ... }} for the selected fields of an object of {@code typeName}, reached through
     * {@code parentField} ({@code "Type.field"}, or null for an entity fetched by key), and plans what is left.
     */
    PlanNode selectionSet(String parentField, String typeName, List<SelectedField> fields) {
        PlanNode node = new PlanNode(typeName);
        selection.append('{');
        int start = selection.length();
        for (SelectedField field : fields) {
            String name = field.getName();
            if (name.startsWith("__")) {
                continue;
            }
            if (!Ownership.resolvable(target, parentField, typeName, name)) {
                node.defer(Ownership.owner(typeName, name).orElseThrow(), field);
                continue;
            }
            if (selection.length() > start) {
                selection.append(' ');
            }
            fieldHead(field.getResultKey(), name, field.getArguments(), field.getFieldDefinitions().get(0));
            List<SelectedField> children = field.getSelectionSet().getImmediateFields();
            if (!children.isEmpty()) {
                node.children.put(field.getResultKey(),
                        selectionSet(typeName + "." + name, namedType(field.getType()), children));
            }
        }
        if (!node.deferred.isEmpty()) {
            selection.append(selection.length() > start ? " " : "").append(KEY_ALIAS).append(':')
                    .append(Ownership.KEY_FIELD);
        } else if (selection.length() == start) {
            selection.append("__typename");
        }
        selection.append('}');
        return node;
    }

    /** The complete operation text. */
    String operation(String operationType) {
        StringBuilder out = new StringBuilder(selection.length() + declarations.length() + 16).append(operationType);
        if (declarations.length() > 0) {
            out.append('(').append(declarations).append(')');
        }
        return out.append(selection).toString();
    }

    Map<String, Object> variables() {
        return variables;
    }

    static String namedType(GraphQLType type) {
        return ((GraphQLUnmodifiedType) GraphQLTypeUtil.unwrapAll(type)).getName();
    }
}
