package org.parley.entity.engagement.model;

import org.parley.entity.actor.model.ActorKind;

/**
 * A participant as engagement matching sees it: the actor, its kind, and its side (the country or organisation a
 * person acts for; null for countries, organisations and people of unknown affiliation).
 */
public record Party(long actorId, ActorKind kind, Long side, String role) {
}
