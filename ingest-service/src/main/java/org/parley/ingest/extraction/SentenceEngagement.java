package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.List;
import java.util.Map;

/**
 * An engagement as one sentence reports it, before actors get their refs.
 *
 * @param consultation read from a consultation word only ("discussed", "exchanged views"): it gives way to any other
 *                     record of the same parties in the sentence or nearby
 */
record SentenceEngagement(Type type, Status status, DateSpan date, String location, List<Actor> participants,
                          Map<Actor, String> roles, int sentence, int trigger, boolean consultation) {

    SentenceEngagement withStatus(Status newStatus) {
        return new SentenceEngagement(type, newStatus, date, location, participants, roles, sentence, trigger,
                consultation);
    }

    SentenceEngagement withDate(DateSpan newDate) {
        return new SentenceEngagement(type, status, newDate, location, participants, roles, sentence, trigger,
                consultation);
    }
}
