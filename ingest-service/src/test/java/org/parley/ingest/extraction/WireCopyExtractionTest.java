package org.parley.ingest.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;
import org.parley.ingest.normalise.ArticleNormaliser;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ingest.extraction.ArticleExtractorTest.assertDay;

/** Sentences in the style of wire copy (datelines, "X said", "according to", passives) that earlier rules missed. */
class WireCopyExtractionTest {

    /** A Wednesday. */
    static final LocalDate WED = LocalDate.of(2023, 4, 12);

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    static Result run(String text) {
        return ArticleExtractorTest.run(text, WED);
    }

    @Test
    void aDateBeforeAPurposeClauseBelongsToTheMeeting() {
        // the parser makes "Wednesday" the subject of "to discuss"
        Result r = run("Italian Foreign Minister Antonio Tajani met his Greek counterpart Nikos Dendias in Rome on Wednesday "
                + "to discuss migration, the Italian foreign ministry said.");
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("Antonio Tajani", "Nikos Dendias"), r.names(e));
        assertDay(WED, e.date());
    }

    @Test
    void aDateBeforeTheReporterBelongsToTheEngagementNotTheSaying() {
        Result r = run("Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva at the Great Hall "
                + "of the People in Beijing on Friday, state media reported.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertDay(LocalDate.of(2023, 4, 7), e.date());
    }

    @Test
    void aDatelineIsNoPartyToTheMeeting() {
        String raw = "ROME, April 12, 2023 (Reuters) - Italian Foreign Minister Antonio Tajani met his Greek counterpart "
                + "Nikos Dendias in Rome on Wednesday to discuss migration, the Italian foreign ministry said.";
        for (String text : new String[] {raw, new ArticleNormaliser().normalise(raw, null).text()}) {
            Result r = run(text);
            ExtractedEngagement e = r.only();
            assertEquals(Set.of("Antonio Tajani", "Nikos Dendias"), r.names(e), text);
            assertDay(WED, e.date());
        }
        Result r = run("NAIROBI, April 11 (AFP) - Kenyan President William Ruto held talks with African Union Commission "
                + "chairman Moussa Faki Mahamat in Nairobi on Tuesday, his office said.");
        assertEquals(Set.of("William Ruto", "Moussa Faki Mahamat"), r.names(r.only()));
    }

    @Test
    void heldAPhoneCallWithIsACallOfTheNamedDiplomat() {
        Result r = run("China's top diplomat Wang Yi held a phone call with his Australian counterpart Penny Wong on Monday, "
                + "according to a statement from Beijing.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Wang Yi", "Penny Wong"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 10), e.date());
    }

    @Test
    void calledSomeoneOnADayIsACall() {
        Result r = run("French President Emmanuel Macron called Ukrainian President Volodymyr Zelenskiy on Tuesday, the Elysee said.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Status.OCCURRED, e.status());
        assertEquals(Set.of("Emmanuel Macron", "Volodymyr Zelenskiy"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 11), e.date());
    }

    @Test
    void talksWereHeldBetweenTwoLeaders() {
        Result r = run("Talks were held between Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida "
                + "in Tokyo on Monday, the Indian foreign ministry said.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Set.of("Narendra Modi", "Fumio Kishida"), r.names(e));
        assertEquals("Tokyo", e.location());
    }

    @Test
    void laterThisYearRunsFromTheArticleDateToTheYearsEnd() {
        Result r = run("India has invited Brazilian President Luiz Inacio Lula da Silva to visit New Delhi later this year.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(WED, e.date().start());
        assertEquals(LocalDate.of(2023, 12, 31), e.date().end());
        assertEquals(Precision.SPAN, e.date().precision());
    }

    @Test
    void aGivenNameTheTaggerLeftOutStaysInTheNameAfterTheOffice() {
        // CoreNLP tags "Recep" O and "Tayyip Erdogan" PERSON
        Result r = run("Turkish President Recep Tayyip Erdogan received Swedish Prime Minister Ulf Kristersson in Ankara on Tuesday.");
        assertEquals(Set.of("Recep Tayyip Erdogan", "Ulf Kristersson"), r.persons());
        ExtractedActor erdogan = r.actor("Recep Tayyip Erdogan");
        assertEquals("President", erdogan.title());
        assertEquals("Turkey", r.byRef().get(erdogan.affiliationRef()).name());
        assertEquals(Set.of("Recep Tayyip Erdogan", "Ulf Kristersson"), r.names(r.only()));
    }

    @Test
    void lowerCaseParticlesOfEveryKindBelongToTheName() {
        Result r = run("European Commission President Ursula von der Leyen spoke over the phone with Chinese Premier Li Qiang "
                + "on Thursday, a Commission spokesperson said.");
        ExtractedActor vdl = r.actor("Ursula von der Leyen");
        assertEquals("President", vdl.title());
        assertEquals("European Commission", r.byRef().get(vdl.affiliationRef()).name());
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Ursula von der Leyen", "Li Qiang"), r.names(e));
    }

    @Test
    void aCounterpartHoldsTheOfficeOfThePersonBefore() {
        Result r = run("Italian Foreign Minister Antonio Tajani met his Greek counterpart Nikos Dendias in Rome on Wednesday.");
        ExtractedActor dendias = r.actor("Nikos Dendias");
        assertEquals("Foreign Minister", dendias.title());
        assertEquals("Greece", r.byRef().get(dendias.affiliationRef()).name());
    }

    @Test
    void aTwoWordDatelineIsAPlaceNotAParty() {
        Result r = run("NEW DELHI, April 12 (Reuters) - Indian Prime Minister Narendra Modi and Australian Prime Minister "
                + "Anthony Albanese agreed on Wednesday to meet again in Sydney in May.");
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("Narendra Modi", "Anthony Albanese"), r.names(e));
        assertEquals(Status.PLANNED, e.status());
        assertEquals(LocalDate.of(2023, 5, 1), e.date().start());
        assertEquals(java.util.List.of("India", "Indian"), r.actor("India").mentions());
    }

    @Test
    void heldTalksWithACounterpartAfterPlaceAndDay() {
        Result r = run("German Foreign Minister Annalena Baerbock held talks in Beijing on Friday with her Chinese counterpart Qin Gang.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Set.of("Annalena Baerbock", "Qin Gang"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 7), e.date());
        assertEquals("Beijing", e.location());
    }

    @Test
    void paidAVisitToACapitalIsAVisitToItsCountry() {
        Result r = run("Japanese Prime Minister Fumio Kishida paid a surprise visit to Kyiv on Tuesday, where he met "
                + "Ukrainian President Volodymyr Zelenskiy.");
        ExtractedEngagement visit = r.x().engagements().stream().filter(e -> e.type() == Type.VISIT).findFirst().orElseThrow(
                () -> new AssertionError(r.x().engagements().toString()));
        assertEquals(Set.of("Fumio Kishida", "Ukraine"), r.names(visit));
        assertEquals("Kyiv", visit.location());
        assertDay(LocalDate.of(2023, 4, 11), visit.date());
    }

    @Test
    void welcomingAPersonIsAMeetingButWelcomingAThingIsNot() {
        Result r = run("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed to State House in Nairobi on Saturday.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Set.of("William Ruto", "Abiy Ahmed"), r.names(e));
        Result thing = run("Kenyan President William Ruto welcomed the agreement signed by Ethiopia and Eritrea on Saturday.");
        assertEquals(java.util.List.of(), thing.x().engagements());
    }

    @Test
    void aRestatementByNationalityIsTheSameVisitNotASecondOne() {
        Result r = run("Egypt's Foreign Minister Sameh Shoukry visited Damascus on Monday, the first visit by a senior "
                + "Egyptian official to Syria in more than a decade.");
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("Sameh Shoukry", "Syria"), r.names(e));
    }

    @Test
    void aSecretaryOfStatesCounterpartIsAForeignMinisterAndArmyChiefsHaveTheirCountry() {
        Result r = run("U.S. Secretary of State Antony Blinken met his Chinese counterpart Qin Gang in Beijing on Sunday. "
                + "UN Secretary-General Antonio Guterres met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan on Sunday.");
        assertEquals("Foreign Minister", r.actor("Qin Gang").title());
        assertEquals("China", r.byRef().get(r.actor("Qin Gang").affiliationRef()).name());
        assertEquals("Sudan", r.byRef().get(r.actor("Abdel Fattah al-Burhan").affiliationRef()).name());
    }

    @Test
    void theFilingDateAndAgencyOfADatelineAreNeitherDateNorActor() {
        Result r = run("BEIJING, April 12 (Reuters) - Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez "
                + "in Beijing on Friday, state broadcaster CCTV reported.");
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("Xi Jinping", "Pedro Sanchez"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 7), e.date());
        assertEquals(false, r.x().actors().stream().anyMatch(a -> a.name().equals("Reuters")), r.x().actors()::toString);
    }

    @Test
    void aMeetingInARelativeClauseOnTheVisitTakesItsDate() {
        Result r = run("Japanese Prime Minister Fumio Kishida paid a surprise visit to Kyiv on Tuesday, where he met "
                + "Ukrainian President Volodymyr Zelenskiy.");
        ExtractedEngagement meeting = r.x().engagements().stream().filter(e -> e.type() == Type.MEETING).findFirst()
                .orElseThrow(() -> new AssertionError(r.x().engagements().toString()));
        assertEquals(Set.of("Fumio Kishida", "Volodymyr Zelenskiy"), r.names(meeting));
        assertDay(LocalDate.of(2023, 4, 11), meeting.date());
    }

    @Test
    void aScrappedTripOfAHyphenatedNameIsCancelledAndUndated() {
        Result r = run("Thai Prime Minister Prayuth Chan-ocha's trip to Myanmar has been scrapped amid security concerns, "
                + "a government spokesman said on Monday.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(Set.of("Prayuth Chan-ocha", "Myanmar"), r.names(e));
        assertEquals(null, e.date().text(), e.date()::toString); // not Monday, the day it was scrapped
    }

    @Test
    void anInvitationToVisitIsProposed() {
        Result r = run("Saudi Foreign Minister Faisal bin Farhan said he had received an invitation to visit Tehran.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Status.PROPOSED, e.status());
        assertEquals(Set.of("Faisal bin Farhan", "Iran"), r.names(e));
    }

    @Test
    void twoPastWeekdaysJoinedByAndAreAPastSpan() {
        Result r = run("Chinese Foreign Minister Qin Gang held talks with his Russian counterpart Sergei Lavrov in Moscow on Monday and Tuesday.");
        ExtractedEngagement e = r.only();
        assertEquals(Status.OCCURRED, e.status());
        assertEquals(LocalDate.of(2023, 4, 10), e.date().start());
        assertEquals(LocalDate.of(2023, 4, 11), e.date().end());
    }

    @Test
    void anAppositiveOfficeOfACountryGivesTheAffiliation() {
        Result r = run("Sheikh Mohamed bin Zayed, the President of the United Arab Emirates, received Iraqi President "
                + "Abdul Latif Rashid in Abu Dhabi on Wednesday.");
        ExtractedActor mbz = r.actor("Mohamed bin Zayed");
        assertEquals("United Arab Emirates", r.byRef().get(mbz.affiliationRef()).name());
        assertEquals(Set.of("Mohamed bin Zayed", "Abdul Latif Rashid"), r.names(r.only()));
    }

    @Test
    void thePersonToldInAPhoneCallIsOnTheLine() {
        Result r = run("Ukrainian President Volodymyr Zelenskiy told French President Emmanuel Macron in a phone call on Monday "
                + "that Ukraine needed more weapons.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Volodymyr Zelenskiy", "Emmanuel Macron"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 10), e.date());
    }

    @Test
    void theNewsPresentWithAWeekdayIsUpcoming() {
        Result r = run("Indian Prime Minister Narendra Modi begins a three-day visit to Egypt on Saturday.");
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertDay(LocalDate.of(2023, 4, 15), e.date());
    }

    @Test
    void aBareMonthOfAPlannedEventLiesAhead() {
        Result r = run("Japanese Prime Minister Fumio Kishida will attend the NATO summit in Vilnius in July, officials said.");
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertEquals(LocalDate.of(2023, 7, 1), e.date().start());
        assertEquals(Precision.MONTH, e.date().precision());
    }

    @Test
    void metSeparatelyWithTwoIsTwoMeetings() {
        Result r = run("Israeli Prime Minister Benjamin Netanyahu met separately with Emirati President Mohamed bin Zayed "
                + "and Bahraini King Hamad bin Isa Al Khalifa.");
        assertEquals(2, r.x().engagements().size(), r.x().engagements()::toString);
        assertEquals(Set.of("Benjamin Netanyahu", "Mohamed bin Zayed"), r.names(r.x().engagements().get(0)));
        assertEquals(Set.of("Benjamin Netanyahu", "Hamad bin Isa Al Khalifa"), r.names(r.x().engagements().get(1)));
    }

    @Test
    void anOfficeOfACountryAfterTheName() {
        Result r = run("President Cyril Ramaphosa of South Africa met President Joe Biden of the United States at the White House on Friday.");
        assertEquals("South Africa", r.byRef().get(r.actor("Cyril Ramaphosa").affiliationRef()).name());
        assertEquals("United States", r.byRef().get(r.actor("Joe Biden").affiliationRef()).name());
        assertEquals(Set.of("Cyril Ramaphosa", "Joe Biden"), r.names(r.only()));
    }

    @Test
    void dueInACapitalForTalksIsPlannedAndLooksForward() {
        Result r = run("Ukraine's Foreign Minister Dmytro Kuleba is due in Washington on Monday for talks with Secretary of State Antony Blinken.");
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertEquals(Set.of("Dmytro Kuleba", "Antony Blinken"), r.names(e));
        assertDay(LocalDate.of(2023, 4, 17), e.date());
    }

    @Test
    void southSudanIsNotSudanAndAStateNewsAgencyIsOneOrganisation() {
        Result r = run("A planned visit by Pope Francis to South Sudan went ahead on Friday, the Vatican News Agency reported. "
                + "Vietnam's President Vo Van Thuong hosted his Laotian counterpart Thongloun Sisoulith on Tuesday, "
                + "the Vietnam News Agency reported.");
        assertEquals(Set.of("Pope Francis", "South Sudan"), r.names(r.x().engagements().get(0)));
        assertEquals("Vietnam News Agency", r.actor("Vietnam News Agency").name());
        assertEquals(java.util.List.of("Vietnam"), r.actor("Vietnam").mentions());
    }

    @Test
    void aStyleOfAddressIsNoPartOfTheOfficeNorOfACounterparts() {
        Result r = run("Emirati President Sheikh Mohamed bin Zayed received Bangladesh Prime Minister Sheikh Hasina, "
                + "Saudi Crown Prince Mohammed bin Salman and his Egyptian counterpart Abdel Fattah al-Sisi.");
        assertEquals("President", r.actor("Mohamed bin Zayed").title());
        assertEquals("Crown Prince", r.actor("Mohammed bin Salman").title());
    }
}
