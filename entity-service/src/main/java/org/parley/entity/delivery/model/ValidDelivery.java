package org.parley.entity.delivery.model;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.engagement.model.DatePrecision;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A delivery that passed validation: typed values, every reference known to exist. */
public record ValidDelivery(UUID articleId, LocalDate publishedOn, String title, List<Actor> actors,
                            List<Engagement> engagements) {

    /** A validated actor mention set. */
    public record Actor(String ref, String name, ActorKind kind, String title, String affiliationRef,
                        List<String> mentions) {
    }

    /** A validated engagement report. */
    public record Engagement(EngagementType type, EngagementStatus status, LocalDate start, LocalDate end,
                             DatePrecision precision, String dateText, String location,
                             List<Participant> participants, String sentence, int sentenceStart, int sentenceEnd) {
    }

    /** A validated participant. */
    public record Participant(String actorRef, String role) {
    }
}
