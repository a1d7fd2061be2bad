package org.parley.entity.export.model;

import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.coding.repository.CodingReadRepository;

/** A participant as the export writes it, with what coding needs of it. */
public record ExportParticipant(long actorId, String name, ActorKind kind, String title, String role,
                                ActorKind affiliationKind, String affiliationName) {

    public CodingFacts.Party party() {
        return CodingReadRepository.party(role, kind, name, affiliationKind, affiliationName);
    }
}
