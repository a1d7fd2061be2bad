package org.parley.entity.coding.service;

import org.parley.entity.coding.model.Cameo;
import org.parley.entity.coding.model.Coding;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.engagement.model.EngagementType;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Codes an engagement in CAMEO and PLOVER; the rules and their sources are in docs/coding.md.
 *
 * <p>Only an engagement that took place is a PLOVER CONSULT: the PLOVER codebook codes a future meeting as AGREE
 * (CAMEO 036) and a cancelled one as REJECT with mode {@code meet} (CAMEO 125). A CONSULT takes its CAMEO code from
 * the first rule that holds: a call (041, mode phone); a visit (042, mode visit); talks reported as negotiation
 * (046); a participant who hosts (043); every side's country known and the venue none of them (044); the venue one
 * side's country and another side from elsewhere (042); else 040. A meeting's mode is {@code multilateral} when it
 * is a summit, an international organisation takes part or three or more countries do; else it follows the code
 * (visit for 042/043, third-party for 044, none for 040/046).
 */
public final class EventCoder {

    public static final String CONSULT = "CONSULT";
    public static final String AGREE = "AGREE";
    public static final String REJECT = "REJECT";

    public static final String MODE_PHONE = "phone";
    public static final String MODE_VISIT = "visit";
    public static final String MODE_THIRD_PARTY = "third-party";
    public static final String MODE_MULTILATERAL = "multilateral";
    public static final String MODE_MEET = "meet";

    private EventCoder() {
    }

    public static Coding code(CodingFacts facts) {
        return switch (facts.status()) {
            case PLANNED, PROPOSED -> new Coding(Cameo.EXPRESS_INTENT_TO_MEET, AGREE, null);
            case CANCELLED -> new Coding(Cameo.REJECT_PROPOSAL_TO_MEET, REJECT, MODE_MEET);
            case OCCURRED -> consult(facts);
        };
    }

    /** PLOVER's quad category of the event types coded here: 1 verbal cooperation, 3 verbal conflict. */
    public static int quadCode(String ploverEvent) {
        return REJECT.equals(ploverEvent) ? 3 : 1;
    }

    private static Coding consult(CodingFacts facts) {
        if (facts.type() == EngagementType.CALL) {
            return new Coding(Cameo.DISCUSS_BY_TELEPHONE, CONSULT, MODE_PHONE);
        }
        if (facts.type() == EngagementType.VISIT) {
            return new Coding(Cameo.MAKE_A_VISIT, CONSULT, MODE_VISIT);
        }
        Set<String> homes = facts.parties().stream().map(CodingFacts.Party::home).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Optional<String> venue = Places.venue(facts.location(), homes);
        // "Multilateral" in PLOVER's sense: a summit, an alliance or IGO taking part, or three or more countries.
        boolean multilateral = facts.type() == EngagementType.CONFERENCE
                || facts.parties().stream().anyMatch(CodingFacts.Party::igo) || homes.size() >= 3;
        Cameo cameo = meetingCode(facts, homes, venue);
        // A meeting's multilateral context is what PLOVER marks first; otherwise the mode follows the venue.
        String mode = multilateral ? MODE_MULTILATERAL : switch (cameo) {
            case HOST_A_VISIT, MAKE_A_VISIT -> MODE_VISIT;
            case MEET_AT_THIRD_LOCATION -> MODE_THIRD_PARTY;
            default -> null;
        };
        return new Coding(cameo, CONSULT, mode);
    }

    private static Cameo meetingCode(CodingFacts facts, Set<String> homes, Optional<String> venue) {
        if (facts.negotiation()) {
            return Cameo.ENGAGE_IN_NEGOTIATION;
        }
        if (facts.parties().stream().anyMatch(p -> "HOST".equals(p.role()))) {
            return Cameo.HOST_A_VISIT;
        }
        if (venue.isPresent() && homes.size() >= 2) {
            boolean everyHomeKnown = facts.parties().stream().allMatch(p -> p.home() != null);
            if (everyHomeKnown && !homes.contains(venue.get())) {
                return Cameo.MEET_AT_THIRD_LOCATION;
            }
            if (homes.contains(venue.get())) {
                // one side travelled to the other's country; PLOVER codes the visitor as the actor of a visit
                return Cameo.MAKE_A_VISIT;
            }
        }
        return Cameo.CONSULT;
    }
}
