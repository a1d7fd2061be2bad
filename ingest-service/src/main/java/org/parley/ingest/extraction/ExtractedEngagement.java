package org.parley.ingest.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * One engagement as one sentence reports it.
 *
 * @param location where it takes place as the text says, e.g. "Geneva"; null if not said
 */
public record ExtractedEngagement(Type type, Status status, DateSpan date, String location,
                                  List<Participant> participants, Evidence evidence) {

    public ExtractedEngagement {
        participants = List.copyOf(participants);
    }

    public enum Type { MEETING, CALL, VISIT, CONFERENCE }

    public enum Status { OCCURRED, PLANNED, PROPOSED, CANCELLED }

    public enum Precision { DAY, WEEK, MONTH, SPAN, UNKNOWN }

    /** When: start and end are null with precision UNKNOWN where the text gives no date. */
    public record DateSpan(LocalDate start, LocalDate end, Precision precision, String text) {

        public static DateSpan unknown() {
            return new DateSpan(null, null, Precision.UNKNOWN, null);
        }
    }

    /** @param role HOST, GUEST, INITIATOR, or null */
    public record Participant(String actorRef, String role) {
    }

    /** The reporting sentence and its character offsets in the normalised article text. */
    public record Evidence(String sentence, int start, int end) {
    }
}
