package org.parley.gateway.planning;

import java.util.Map;
import java.util.Optional;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.parley.gateway.subgraph.Subgraph;

/**
 * Finds the one subgraph, if any, that can answer a whole validated query by itself, field by field through
 * {@link Ownership}. Fields under {@code @skip}/{@code @include} count as selected, so the answer holds for any
 * variables.
 */
public final class SingleSubgraph {

    private SingleSubgraph() {
    }

    /**
     * The subgraph owning every root field of {@code query} and able to resolve every field below them; empty when
     * two subgraphs are needed, or when a root selection is not a plain field of a subgraph (introspection,
     * {@code __typename}, fragments or directives at the root).
     */
    public static Optional<Subgraph> of(GraphQLSchema schema, OperationDefinition query,
                                        Map<String, FragmentDefinition> fragments) {
        Subgraph target = null;
        GraphQLObjectType root = schema.getQueryType();
        for (Selection<?> selection : query.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !field.getDirectives().isEmpty()) {
                return Optional.empty();
            }
            Optional<Subgraph> owner = Ownership.rootOwner(root.getName(), field.getName());
            if (owner.isEmpty() || (target != null && target != owner.get())) {
                return Optional.empty();
            }
            target = owner.get();
            GraphQLFieldDefinition definition = root.getFieldDefinition(field.getName());
            if (!answers(target, root.getName() + "." + field.getName(), definition.getType(), field.getSelectionSet(),
                    fragments)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(target);
    }

    /** Whether {@code subgraph} resolves every field of {@code selections} on a value of {@code type}. */
    private static boolean answers(Subgraph subgraph, String parentField, GraphQLType type, SelectionSet selections,
                                   Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return true;
        }
        // the contract has object types only; anything else is left to the executor
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object)) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            boolean answered;
            if (selection instanceof Field field) {
                answered = answers(subgraph, parentField, object, field, fragments);
            } else if (selection instanceof InlineFragment fragment) {
                answered = sameType(fragment.getTypeCondition() == null ? null : fragment.getTypeCondition().getName(),
                        object) && answers(subgraph, parentField, object, fragment.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                answered = sameType(fragment.getTypeCondition().getName(), object)
                        && answers(subgraph, parentField, object, fragment.getSelectionSet(), fragments);
            } else {
                answered = false;
            }
            if (!answered) {
                return false;
            }
        }
        return true;
    }

    private static boolean answers(Subgraph subgraph, String parentField, GraphQLObjectType object, Field field,
                                   Map<String, FragmentDefinition> fragments) {
        String name = field.getName();
        if (name.startsWith("__")) {
            return name.equals("__typename");
        }
        GraphQLFieldDefinition definition = object.getFieldDefinition(name);
        return definition != null && Ownership.resolvable(subgraph, parentField, object.getName(), name)
                && answers(subgraph, object.getName() + "." + name, definition.getType(), field.getSelectionSet(),
                fragments);
    }

    private static boolean sameType(String typeCondition, GraphQLObjectType object) {
        return typeCondition == null || typeCondition.equals(object.getName());
    }
}
