package org.parley.entity.coding.model;

/**
 * An engagement in the event-data standards: its CAMEO code, PLOVER event type and PLOVER mode (null when the
 * PLOVER codebook gives the event type no mode that applies).
 */
public record Coding(Cameo cameo, String ploverEvent, String ploverMode) {
}
