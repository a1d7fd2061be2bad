package org.parley.ingest.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.extraction.ArticleExtractorTest.assertDay;

/**
 * Rules found with the development set (test resources extraction/unseen), tried here on sentences of their own:
 * dates shared by joined clauses, gatherings of one body, calls received from, passive welcomes, "the visit of X",
 * name parts and ranks.
 */
class JoinedClauseAndGatheringTest {

    /** A Wednesday. */
    static final LocalDate WED = LocalDate.of(2023, 4, 12);
    static final LocalDate MON = LocalDate.of(2023, 4, 10);
    static final LocalDate TUE = LocalDate.of(2023, 4, 11);

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    static Result run(String text) {
        return ArticleExtractorTest.run(text, WED);
    }

    static ExtractedEngagement with(Result r, String... names) {
        List<ExtractedEngagement> found = r.x().engagements().stream()
                .filter(e -> r.names(e).equals(Set.of(names))).toList();
        assertEquals(1, found.size(), () -> "engagements: " + r.x().engagements());
        return found.get(0);
    }

    // ---------------------------------------------------------------- dates of joined clauses

    @Test
    void aSecondVerbJoinedByAndTakesTheFirstOnesDateAndLaterIsNoFuture() {
        Result r = run("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday "
                + "and later met Somali President Hassan Mohamud.");
        ExtractedEngagement e = with(r, "William Ruto", "Hassan Mohamud");
        assertEquals(Status.OCCURRED, e.status());
        assertDay(TUE, e.date());
    }

    @Test
    void aPurposeClauseTakesTheDateOfTheStayItServes() {
        Result r = run("Dutch Prime Minister Mark Rutte, who was in Berlin on Monday to meet Chancellor Olaf Scholz, "
                + "is expected to travel to Paris next week.");
        ExtractedEngagement e = with(r, "Mark Rutte", "Olaf Scholz");
        assertEquals(Status.OCCURRED, e.status());
        assertDay(MON, e.date());
    }

    @Test
    void thatEveningIsTheDayOfTheClauseBeforeNotTheArticles() {
        Result r = run("Australian Foreign Minister Penny Wong, who arrived in Tokyo on Monday and held talks with her "
                + "Japanese counterpart Yoshimasa Hayashi that evening, left for Seoul on Wednesday.");
        assertDay(MON, with(r, "Penny Wong", "Yoshimasa Hayashi").date());
    }

    @Test
    void anAsClauseHappensWhenTheMainClauseDoes() {
        Result r = run("Polish President Andrzej Duda told Lithuanian President Gitanas Nauseda on Tuesday that Poland "
                + "was ready to defend its neighbours, as the two leaders met in Vilnius.");
        ExtractedEngagement e = with(r, "Andrzej Duda", "Gitanas Nauseda");
        assertEquals(Type.MEETING, e.type());
        assertDay(TUE, e.date());
    }

    @Test
    void anUndatedMeetingOfATravellerIsOnTheDayOfTheVisitReportedBefore() {
        Result r = run("Indian Prime Minister Narendra Modi arrived in Cairo on Monday for a two-day visit.\n\n"
                + "Modi was welcomed by Egyptian Prime Minister Mostafa Madbouly at the airport.");
        assertDay(MON, with(r, "Narendra Modi", "Mostafa Madbouly").date());
    }

    @Test
    void currentIsNoDateOfTheEngagement() {
        Result r = run("Pakistani Prime Minister Shehbaz Sharif received a phone call on Monday from Iranian President "
                + "Ebrahim Raisi.\n\nDuring the call, the two leaders discussed the current situation in the region.");
        assertTrue(r.x().engagements().stream().allMatch(e -> MON.equals(e.date().start())), r.x().engagements()::toString);
    }

    // ---------------------------------------------------------------- gatherings of one body

    @Test
    void ministersOfOneBodyMeetingAreItsConference() {
        ExtractedEngagement e = run("NATO foreign ministers met in Brussels on Tuesday.").only();
        assertEquals(Type.CONFERENCE, e.type());
        assertEquals(Set.of("NATO"), run("NATO foreign ministers met in Brussels on Tuesday.").names(e));
        assertDay(TUE, e.date());

        Result r = run("EU leaders will meet in Brussels next week for a summit on migration.");
        ExtractedEngagement summit = r.only();
        assertEquals(Type.CONFERENCE, summit.type());
        assertEquals(Status.PLANNED, summit.status());
        assertEquals(Set.of("European Union"), r.names(summit));
    }

    @Test
    void aSummitOfOneBodyIsItsConferenceButABodysNameIsNoGathering() {
        Result r = run("A summit of Quad leaders is planned for next month.");
        assertEquals(Set.of("Quad"), r.names(r.only()));
        assertEquals(Type.CONFERENCE, r.only().type());
        assertTrue(run("The UN General Assembly adopted the resolution on Tuesday.").x().engagements().isEmpty());
        assertTrue(run("The head of the Munich Security Conference warned of a long war.").x().engagements().isEmpty());
    }

    // ---------------------------------------------------------------- participants

    @Test
    void aCallReceivedFromSomeoneIsACallWithThem() {
        Result r = run("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a phone call on Monday from Iranian President "
                + "Ebrahim Raisi.");
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Tamim bin Hamad Al Thani", "Ebrahim Raisi"), r.names(e));
        assertDay(MON, e.date());
    }

    @Test
    void aPassiveWelcomeIsAMeetingHostedByTheAgentAndTalksAfterItInvolveTheGuest() {
        Result r = run("Brazilian President Luiz Inacio Lula da Silva was welcomed by Portuguese President Marcelo Rebelo "
                + "de Sousa in Lisbon on Saturday before holding talks with Prime Minister Antonio Costa.");
        ExtractedEngagement welcome = with(r, "Luiz Inacio Lula da Silva", "Marcelo Rebelo de Sousa");
        String host = welcome.participants().stream().filter(p -> "HOST".equals(p.role())).findFirst()
                .map(p -> r.byRef().get(p.actorRef()).name()).orElse(null);
        assertEquals("Marcelo Rebelo de Sousa", host);
        assertEquals(Type.MEETING, with(r, "Luiz Inacio Lula da Silva", "Antonio Costa").type());
    }

    @Test
    void theVisitOfSomeoneToACountryIsTheirVisitAndUpcomingIsPlanned() {
        Result r = run("Pakistani officials are preparing for the upcoming visit of Chinese Premier Li Qiang to Pakistan.");
        ExtractedEngagement e = r.only(); // welcoming a visit is no meeting with the visitor
        assertEquals(Set.of("Li Qiang", "Pakistan"), r.names(e));
        assertEquals(Type.VISIT, e.type());
        assertEquals(Status.PLANNED, e.status());
    }

    @Test
    void aVisitThatAStayIsForIsToThePlaceOfTheStay() {
        Result r = run("Emirati President Mohamed bin Zayed will stay on in Paris for a state visit on Monday.");
        ExtractedEngagement e = with(r, "Mohamed bin Zayed", "France");
        assertEquals(Type.VISIT, e.type());
        assertEquals(Status.PLANNED, e.status());
        assertDay(LocalDate.of(2023, 4, 17), e.date());
    }

    // ---------------------------------------------------------------- names

    @Test
    void ranksAndStylesAreNoPartOfANameAndAPatronymicOpeningALongerNameIsTheSamePerson() {
        Result r = run("Sudan's army chief Gen. Abdel Fattah al-Burhan met Saudi Foreign Minister Prince Faisal bin Farhan "
                + "bin Abdullah in Jeddah on Tuesday.\n\nFaisal bin Farhan said the talks were constructive.");
        assertEquals(Set.of("Abdel Fattah al-Burhan", "Faisal bin Farhan bin Abdullah"), r.persons());
        assertFalse(r.persons().stream().anyMatch(p -> p.startsWith("Gen.") || p.startsWith("Prince")));
    }
}
