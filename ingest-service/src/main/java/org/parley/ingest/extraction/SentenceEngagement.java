package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.List;
import java.util.Map;

/** An engagement as one sentence reports it, before actors get their refs. */
record SentenceEngagement(Type type, Status status, DateSpan date, String location, List<Actor> participants,
                          Map<Actor, String> roles, int sentence, int trigger) {

    SentenceEngagement withDate(DateSpan newDate) {
        return new SentenceEngagement(type, status, newDate, location, participants, roles, sentence, trigger);
    }
}
