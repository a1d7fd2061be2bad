package org.parley.entity.coding.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.coding.model.Cameo;
import org.parley.entity.coding.model.Coding;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.coding.repository.CodingReadRepository;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.entity.engagement.model.EngagementStatus.CANCELLED;
import static org.parley.entity.engagement.model.EngagementStatus.OCCURRED;
import static org.parley.entity.engagement.model.EngagementStatus.PLANNED;
import static org.parley.entity.engagement.model.EngagementStatus.PROPOSED;
import static org.parley.entity.engagement.model.EngagementType.CALL;
import static org.parley.entity.engagement.model.EngagementType.CONFERENCE;
import static org.parley.entity.engagement.model.EngagementType.MEETING;
import static org.parley.entity.engagement.model.EngagementType.VISIT;

/** Every branch of the CAMEO/PLOVER mapping (plain unit test, no database). */
class EventCoderTest {

    private static final CodingFacts.Party BLINKEN = person("United States", null);
    private static final CodingFacts.Party LAVROV = person("Russia", null);
    private static final CodingFacts.Party KULEBA = person("Ukraine", null);

    private static CodingFacts.Party person(String country, String role) {
        return CodingReadRepository.party(role, ActorKind.PERSON, "Someone", ActorKind.COUNTRY, country);
    }

    private static Coding code(EngagementType type, EngagementStatus status, String location,
                               CodingFacts.Party... parties) {
        return EventCoder.code(new CodingFacts(type, status, location, List.of(parties), false));
    }

    private static void assertCoding(Cameo cameo, String event, String mode, Coding coding) {
        assertEquals(new Coding(cameo, event, mode), coding);
    }

    @Test
    void aCallIsDiscussionByTelephoneWhereverEitherSideIs() {
        assertCoding(Cameo.DISCUSS_BY_TELEPHONE, "CONSULT", "phone", code(CALL, OCCURRED, "Moscow", BLINKEN, LAVROV));
        assertEquals("041", Cameo.DISCUSS_BY_TELEPHONE.code());
    }

    @Test
    void aVisitIsMakingAVisit() {
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "visit", code(VISIT, OCCURRED, "Kyiv", BLINKEN));
    }

    @Test
    void aMeetingInOneSidesCountryIsAVisitByTheOther() {
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "visit", code(MEETING, OCCURRED, "Kyiv", BLINKEN, KULEBA));
        // the country itself as a participant, and the venue as "city, country"
        CodingFacts.Party ukraine = CodingReadRepository.party(null, ActorKind.COUNTRY, "Ukraine", null, null);
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "visit",
                code(MEETING, OCCURRED, "Lviv, Ukraine", BLINKEN, ukraine));
    }

    @Test
    void aMeetingWithAHostIsHostingAVisit() {
        assertCoding(Cameo.HOST_A_VISIT, "CONSULT", "visit",
                code(MEETING, OCCURRED, null, person("United States", "HOST"), person("Japan", "GUEST")));
    }

    @Test
    void aMeetingWhereNeitherSideIsAtHomeIsAtAThirdLocation() {
        assertCoding(Cameo.MEET_AT_THIRD_LOCATION, "CONSULT", "third-party",
                code(MEETING, OCCURRED, "Geneva", BLINKEN, LAVROV));
    }

    @Test
    void aThirdLocationNeedsEverySidesCountry() {
        CodingFacts.Party stranger = CodingReadRepository.party(null, ActorKind.PERSON, "Someone", null, null);
        assertCoding(Cameo.CONSULT, "CONSULT", null, code(MEETING, OCCURRED, "Geneva", BLINKEN, LAVROV, stranger));
        assertCoding(Cameo.CONSULT, "CONSULT", null, code(MEETING, OCCURRED, "Geneva", BLINKEN));
    }

    @Test
    void aSeatOfPowerNamedForTheStateIsAVenueInThatState() {
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "visit", code(MEETING, OCCURRED, "the White House", BLINKEN, LAVROV));
    }

    @Test
    void aMeetingWithoutAKnownVenueOrAtHomeIsPlainConsultation() {
        assertCoding(Cameo.CONSULT, "CONSULT", null, code(MEETING, OCCURRED, null, BLINKEN, LAVROV));
        assertCoding(Cameo.CONSULT, "CONSULT", null, code(MEETING, OCCURRED, "Europe", BLINKEN, LAVROV));
        assertCoding(Cameo.CONSULT, "CONSULT", null,
                code(MEETING, OCCURRED, "Washington", BLINKEN, person("United States", null)));
    }

    @Test
    void talksReportedAsNegotiationAreNegotiation() {
        Coding coding = EventCoder.code(new CodingFacts(MEETING, OCCURRED, "Geneva", List.of(BLINKEN, LAVROV), true));
        assertCoding(Cameo.ENGAGE_IN_NEGOTIATION, "CONSULT", null, coding);
    }

    @Test
    void summitsOrganisationsAndThreeCountriesAreMultilateral() {
        assertCoding(Cameo.MEET_AT_THIRD_LOCATION, "CONSULT", "multilateral",
                code(CONFERENCE, OCCURRED, "Geneva", BLINKEN, LAVROV));
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "multilateral",
                code(MEETING, OCCURRED, "Moscow", BLINKEN, LAVROV, KULEBA));
        CodingFacts.Party nato = CodingReadRepository.party(null, ActorKind.ORGANIZATION, "NATO", null, null);
        assertCoding(Cameo.CONSULT, "CONSULT", "multilateral", code(MEETING, OCCURRED, "Brussels", BLINKEN, nato));
        CodingFacts.Party borrell = CodingReadRepository.party(null, ActorKind.PERSON, "Josep Borrell",
                ActorKind.ORGANIZATION, "European Union");
        assertCoding(Cameo.CONSULT, "CONSULT", "multilateral", code(MEETING, OCCURRED, null, BLINKEN, borrell));
    }

    @Test
    void plannedAndProposedMeetingsAreIntentToMeet() {
        assertCoding(Cameo.EXPRESS_INTENT_TO_MEET, "AGREE", null, code(MEETING, PLANNED, "Geneva", BLINKEN, LAVROV));
        assertCoding(Cameo.EXPRESS_INTENT_TO_MEET, "AGREE", null, code(CALL, PROPOSED, null, BLINKEN, LAVROV));
        assertEquals("036", Cameo.EXPRESS_INTENT_TO_MEET.code());
    }

    @Test
    void cancelledMeetingsAreRejection() {
        assertCoding(Cameo.REJECT_PROPOSAL_TO_MEET, "REJECT", "meet", code(VISIT, CANCELLED, "Kyiv", BLINKEN));
        assertEquals("125", Cameo.REJECT_PROPOSAL_TO_MEET.code());
    }

    @Test
    void fictionalOrUnlistedCountriesMatchTheirOwnName() {
        CodingFacts.Party quelland = CodingReadRepository.party(null, ActorKind.COUNTRY, "Quelland", null, null);
        CodingFacts.Party ivo = CodingReadRepository.party(null, ActorKind.PERSON, "Ivo", ActorKind.COUNTRY, "Pravania");
        assertCoding(Cameo.MAKE_A_VISIT, "CONSULT", "visit", code(MEETING, OCCURRED, "Quelland", quelland, ivo));
        assertCoding(Cameo.MEET_AT_THIRD_LOCATION, "CONSULT", "third-party",
                code(MEETING, OCCURRED, "Vienna", quelland, ivo));
    }
}
