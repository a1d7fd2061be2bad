package org.parley.entity.engagement.service;

import org.junit.jupiter.api.Test;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.engagement.model.EngagementType;
import org.parley.entity.engagement.model.Party;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that decide whether two reports are the same engagement (plain unit test). */
class EngagementMatcherTest {

    private static final long US = 1;
    private static final long RUSSIA = 2;
    private static final Party BLINKEN = new Party(10, ActorKind.PERSON, US, null);
    private static final Party PRICE = new Party(11, ActorKind.PERSON, US, null);
    private static final Party LAVROV = new Party(20, ActorKind.PERSON, RUSSIA, null);
    private static final Party USA = new Party(US, ActorKind.COUNTRY, null, null);
    private static final Party RUS = new Party(RUSSIA, ActorKind.COUNTRY, null, null);

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aCountryMayStandForItsOnlyPersonInTheOtherReport() {
        assertTrue(EngagementMatcher.sameParties(List.of(BLINKEN, LAVROV), List.of(USA, RUS)));
        assertTrue(EngagementMatcher.sameParties(List.of(USA, LAVROV), List.of(BLINKEN, LAVROV)));
        assertFalse(EngagementMatcher.sameParties(List.of(BLINKEN, PRICE, LAVROV), List.of(USA, RUS)),
                "ambiguous: two Americans for one United States");
        assertFalse(EngagementMatcher.sameParties(List.of(BLINKEN, LAVROV), List.of(BLINKEN, RUS, USA, PRICE)));
        assertFalse(EngagementMatcher.sameParties(List.of(BLINKEN), List.of(BLINKEN, LAVROV)));
    }

    @Test
    void knownDatesMustOverlapUnknownDatesMustBeReportedClose() {
        assertTrue(EngagementMatcher.datesCompatible(d("2022-02-24"), d("2022-02-24"), null, null,
                d("2022-02-21"), d("2022-02-27"), null, null));
        assertFalse(EngagementMatcher.datesCompatible(d("2022-03-01"), d("2022-03-01"), null, null,
                d("2022-02-21"), d("2022-02-27"), null, null));
        assertTrue(EngagementMatcher.datesCompatible(null, null, d("2022-02-20"), d("2022-02-20"),
                d("2022-02-24"), d("2022-02-24"), d("2022-02-18"), d("2022-02-18")));
        assertFalse(EngagementMatcher.datesCompatible(null, null, d("2022-05-20"), d("2022-05-20"),
                d("2022-02-24"), d("2022-02-24"), d("2022-02-18"), d("2022-02-18")));
    }

    @Test
    void callsNeverMergeWithMeetingsNorVisitsWithTheMeetingsHeldDuringThem() {
        assertFalse(EngagementType.CALL.compatibleWith(EngagementType.MEETING));
        assertFalse(EngagementType.MEETING.compatibleWith(EngagementType.VISIT));
        assertTrue(EngagementType.VISIT.compatibleWith(EngagementType.VISIT));
        assertTrue(EngagementType.CONFERENCE.compatibleWith(EngagementType.MEETING));
        assertFalse(EngagementType.VISIT.compatibleWith(EngagementType.CONFERENCE));
    }
}
