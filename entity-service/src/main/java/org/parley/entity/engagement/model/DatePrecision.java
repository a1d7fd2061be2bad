package org.parley.entity.engagement.model;

/** How exactly a date is known: the values of the contract's {@code DatePrecision}. */
public enum DatePrecision {
    DAY, WEEK, MONTH, SPAN, UNKNOWN
}
