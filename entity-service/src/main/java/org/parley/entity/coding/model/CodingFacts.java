package org.parley.entity.coding.model;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.util.List;

/**
 * What the coding of an engagement depends on.
 *
 * @param location    the engagement's location as reported, or null
 * @param negotiation whether a sentence reporting it speaks of negotiation ("negotiations", "negotiated", …)
 */
public record CodingFacts(EngagementType type, EngagementStatus status, String location, List<Party> parties,
                          boolean negotiation) {

    /**
     * A participant as coding sees it.
     *
     * @param kind    the participant's kind
     * @param role    HOST, GUEST, INITIATOR or null, as extracted
     * @param home    the country the participant is or acts for (its canonical name), or null when unknown
     * @param igo     whether the participant is, or acts for, an international organisation
     */
    public record Party(ActorKind kind, String role, String home, boolean igo) {
    }
}
