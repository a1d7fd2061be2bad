package org.parley.launcher.importer;

/**
 * What became of one record: its kind, for a rejected or failed one the reason, and whether the import should stop
 * (the target refuses the token, so every other record would fail the same way).
 */
public record Outcome(Kind kind, String reason, boolean stopsImport) {

    /** The kinds of outcome the summary counts. */
    public enum Kind {
        /** Stored as a new article (201). */
        ACCEPTED,
        /** The service already had this story (200), or an earlier import accepted it. */
        DUPLICATE,
        /** Accepted by an earlier run of this import (in the state file); not sent again. */
        SKIPPED,
        /** Refused by the service with a 4xx, or could not be read from its file; not retried. */
        REJECTED,
        /** No answer, or a 5xx, after every retry. */
        FAILED
    }

    public static Outcome of(Kind kind) {
        return new Outcome(kind, null, false);
    }

    public static Outcome of(Kind kind, String reason) {
        return new Outcome(kind, reason, false);
    }
}
