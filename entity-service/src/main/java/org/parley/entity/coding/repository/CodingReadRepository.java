package org.parley.entity.coding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.coding.service.Places;
import org.parley.entity.common.graphql.Rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The participants and wording that coding reads, for a batch of engagements in two SQL statements. */
@ApplicationScoped
public class CodingReadRepository {

    /** Evidence wording that makes talks a negotiation (CAMEO 046): negotiate, negotiations, negotiated, … */
    static final String NEGOTIATION_PATTERN = "\\mnegotiat";

    @Inject
    EntityManager entityManager;

    /** Each engagement's participants as coding sees them (the engagement's own fields come from its node). */
    @SuppressWarnings("unchecked")
    public Map<Long, List<CodingFacts.Party>> parties(Collection<Long> engagementIds) {
        Map<Long, List<CodingFacts.Party>> parties = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return parties;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.engagement_id, p.role, a.kind, a.name, aff.kind, aff.name
                        FROM engagement_participant p JOIN actor a ON a.id = p.actor_id
                        LEFT JOIN actor aff ON aff.id = a.affiliation_id
                        WHERE p.engagement_id IN (:ids) ORDER BY p.engagement_id, a.id""")
                .setParameter("ids", engagementIds).getResultList();
        for (Object[] row : rows) {
            parties.computeIfAbsent(Rows.number(row[0]), id -> new ArrayList<>())
                    .add(party((String) row[1], ActorKind.valueOf((String) row[2]), (String) row[3],
                            row[4] == null ? null : ActorKind.valueOf((String) row[4]), (String) row[5]));
        }
        return parties;
    }

    /** Which of these engagements some evidence sentence reports as a negotiation. */
    @SuppressWarnings("unchecked")
    public Set<Long> negotiations(Collection<Long> engagementIds) {
        Set<Long> found = new HashSet<>();
        if (engagementIds.isEmpty()) {
            return found;
        }
        List<Object> rows = entityManager.createNativeQuery("""
                        SELECT DISTINCT ev.engagement_id FROM evidence ev
                        WHERE ev.engagement_id IN (:ids) AND ev.sentence ~* :pattern""")
                .setParameter("ids", engagementIds).setParameter("pattern", NEGOTIATION_PATTERN).getResultList();
        for (Object id : rows) {
            found.add(Rows.number(id));
        }
        return found;
    }

    /**
     * A participant: a country is its own home; a person's home is the country they act for; an organisation, or a
     * person acting for one, has none but makes the meeting multilateral.
     */
    public static CodingFacts.Party party(String role, ActorKind kind, String name, ActorKind affiliationKind,
                                          String affiliationName) {
        return switch (kind) {
            case COUNTRY -> new CodingFacts.Party(kind, role, Places.home(name), false);
            case ORGANIZATION -> new CodingFacts.Party(kind, role, null, true);
            case PERSON -> new CodingFacts.Party(kind, role,
                    affiliationKind == ActorKind.COUNTRY ? Places.home(affiliationName) : null,
                    affiliationKind == ActorKind.ORGANIZATION);
        };
    }
}
