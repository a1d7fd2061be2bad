package org.parley.entity.common.graphql;

import java.time.LocalDate;

/** Conversions of native-query column values. */
public final class Rows {

    private Rows() {
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
