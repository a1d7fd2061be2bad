package org.parley.entity.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.entity.common.config.GraphQLLimits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/** Page-size checks and opaque cursor encoding shared by the connections. */
@ApplicationScoped
public class Paging {

    @Inject
    GraphQLLimits limits;

    /** {@code first} checked against the maximum page size; the default when null. */
    public int pageSize(Integer first) {
        if (first == null) {
            return Math.min(limits.defaultPageSize(), limits.maxPageSize());
        }
        if (first < 0 || first > limits.maxPageSize()) {
            throw new BadUserInputException("first must be between 0 and " + limits.maxPageSize() + ", got " + first);
        }
        return first;
    }

    /** {@code totalCount} counts up to this many matches and reports one more when there are more. */
    public int countLimit() {
        return limits.countLimit();
    }

    /** An opaque cursor for {@code kind}-prefixed text. */
    public static String encode(String kind, String value) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a cursor made by {@link #encode} with this kind; BAD_USER_INPUT when it is not one. */
    public static String decode(String kind, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                return text.substring(kind.length() + 1);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadUserInputException("after: '" + cursor + "' is not a cursor of this connection");
    }

    /** Where a keyset page starts: after the row with this sort date and id; both null for the first page. */
    public record KeysetPosition(LocalDate date, Long id) {
    }

    /** The position a {@link #keysetCursor} names; the first page's when {@code after} is null. */
    public static KeysetPosition keysetAfter(String kind, String after) {
        if (after == null) {
            return new KeysetPosition(null, null);
        }
        String[] position = decode(kind, after).split("\\|");
        try {
            return new KeysetPosition(LocalDate.parse(position[0]), Long.parseLong(position[1]));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after: '" + after + "' is not a cursor of this connection");
        }
    }

    /** The cursor of a row of a keyset connection ordered by sort date and id. */
    public static String keysetCursor(String kind, LocalDate sortDate, String id) {
        return encode(kind, sortDate + "|" + id);
    }

    /** A numeric id from a GraphQL ID argument; BAD_USER_INPUT when it is not one. */
    public static long id(String field, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadUserInputException(field + ": '" + id + "' is not an id");
        }
    }
}
