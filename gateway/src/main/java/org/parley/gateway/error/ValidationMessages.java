package org.parley.gateway.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's validation messages in the API's words: they name graphql-java's syntax-tree classes
 * ({@code StringValue{value='abc'}}, "an AST type of 'IntValue'") and Java classes of variable values
 * ({@code 'List12'}), which mean nothing to a client and tell an attacker what runs here.
 */
final class ValidationMessages {

    /** e.g. {@code Validation error (WrongType@[articles]) : argument 'first' with value 'StringValue{…}' is not a valid 'Int' - Expected an AST type of …}. */
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "Validation error \\(WrongType@\\[([^\\]]*)\\]\\) : argument '([^']+)' with value '.*' is not a valid '([^']+)'(?: - (.*))?",
            Pattern.DOTALL);
    /** e.g. {@code Variable 'n' has an invalid value: Expected a value that can be converted to type 'Int' but it was a 'String'}. */
    private static final Pattern INVALID_VARIABLE = Pattern.compile("Variable '([^']+)' has an invalid value: (.*)",
            Pattern.DOTALL);
    private static final Pattern EXPECTED_TYPE = Pattern.compile(
            "Expected (?:a value that can be converted to type '(\\w+)'|an? (\\w+) input)");
    /** A reason written by graphql-java about its own classes, not by a scalar of ours. */
    private static final Pattern GRAPHQL_JAVA_REASON = Pattern.compile("AST type|Value\\{|but it was a '");

    private ValidationMessages() {
    }

    static String clean(String message) {
        Matcher wrongType = WRONG_TYPE.matcher(message);
        if (wrongType.matches()) {
            String reason = wrongType.group(4);
            return "Argument '" + wrongType.group(2) + "' of " + wrongType.group(1) + " is not a valid "
                    + wrongType.group(3) + (reason == null || GRAPHQL_JAVA_REASON.matcher(reason).find() ? ""
                    : ": " + reason);
        }
        Matcher variable = INVALID_VARIABLE.matcher(message);
        if (variable.matches()) {
            String reason = variable.group(2);
            if (!GRAPHQL_JAVA_REASON.matcher(reason).find()) {
                return message;
            }
            Matcher expected = EXPECTED_TYPE.matcher(reason);
            String type = !expected.find() ? null : expected.group(1) != null ? expected.group(1) : expected.group(2);
            return "Variable '" + variable.group(1) + "' has an invalid value"
                    + (type == null ? "" : ": expected " + type);
        }
        return message;
    }
}
