package org.parley.gateway.schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * The contract's {@code Date} and {@code DateTime} scalars. Values stay ISO-8601 strings inside the gateway (they
 * are forwarded to subgraphs unchanged) but are checked, so a malformed date is refused before any subgraph call.
 */
public final class IsoScalars {

    /** {@code Date}: an ISO-8601 calendar date such as {@code 2022-02-18}. */
    public static final GraphQLScalarType DATE = scalar("Date", "ISO-8601 calendar date, e.g. 2022-02-18",
            text -> LocalDate.parse(text));

    /** {@code DateTime}: an ISO-8601 instant such as {@code 2022-02-18T10:15:30Z}. */
    public static final GraphQLScalarType DATE_TIME = scalar("DateTime", "ISO-8601 instant",
            text -> OffsetDateTime.parse(text));

    private IsoScalars() {
    }

    private static GraphQLScalarType scalar(String name, String description, Consumer<String> check) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<String, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value == null) {
                    return null;
                }
                return value instanceof CharSequence ? value.toString() : String.valueOf(value);
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text) || !valid(text)) {
                    throw new CoercingParseValueException(name + " must be an ISO-8601 string, got: " + input);
                }
                return text;
            }

            @Override
            public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (!(input instanceof StringValue string) || !valid(string.getValue())) {
                    throw new CoercingParseLiteralException(name + " must be an ISO-8601 string, got: "
                            + AstPrinter.printAst(input));
                }
                return string.getValue();
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(String.valueOf(input));
            }

            private boolean valid(String text) {
                try {
                    check.accept(text);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
        }).build();
    }
}
