package org.parley.ingest.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each trigger family, status, participant pattern and date form on sentences written for these tests. */
class ArticleExtractorTest {

    /** A Wednesday. */
    static final LocalDate WED = LocalDate.of(2023, 3, 22);

    static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.loadedNow();
    }

    record Result(Extraction x, Map<String, ExtractedActor> byRef) {
        Set<String> names(ExtractedEngagement e) {
            return e.participants().stream().map(p -> byRef.get(p.actorRef()).name()).collect(Collectors.toSet());
        }

        ExtractedEngagement only() {
            assertEquals(1, x.engagements().size(), () -> "engagements: " + x.engagements());
            return x.engagements().get(0);
        }

        Set<String> persons() {
            return x.actors().stream().filter(a -> a.kind() == ExtractedActor.ActorKind.PERSON)
                    .map(ExtractedActor::name).collect(Collectors.toSet());
        }

        ExtractedActor actor(String name) {
            return x.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
                    () -> new AssertionError(name + " not among " + x.actors()));
        }
    }

    static Result run(String text, LocalDate published) {
        Extraction x = extractor.extract(text, published);
        return new Result(x, x.actors().stream().collect(Collectors.toMap(ExtractedActor::ref, Function.identity())));
    }

    static void assertDay(LocalDate day, DateSpan d) {
        assertEquals(day, d.start(), d::toString);
        assertEquals(day, d.end(), d::toString);
        assertEquals(Precision.DAY, d.precision());
    }

    // ---------------------------------------------------------------- trigger families

    @Test
    void metIsAnOccurredMeetingWithPlaceAndWeekdayBeforeTheArticle() {
        Result r = run("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Status.OCCURRED, e.status());
        assertEquals(Set.of("Fumio Kishida", "Narendra Modi"), r.names(e));
        assertDay(LocalDate.of(2023, 3, 20), e.date());
        assertEquals("New Delhi", e.location());
    }

    @Test
    void heldTalksWithIsAMeeting() {
        Result r = run("The Canadian Foreign Minister, Melanie Joly, held talks with Mexican Foreign Minister Marcelo Ebrard in Ottawa on Tuesday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Set.of("Melanie Joly", "Marcelo Ebrard"), r.names(e));
        assertDay(LocalDate.of(2023, 3, 21), e.date());
    }

    @Test
    void hostedMakesAHostAndAGuest() {
        Result r = run("Swedish Prime Minister Ulf Kristersson hosted Finnish President Sauli Niinisto in Stockholm last month.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Set.of("Ulf Kristersson", "Sauli Niinisto"), r.names(e));
        String host = e.participants().stream().filter(p -> "HOST".equals(p.role())).map(p -> r.byRef().get(p.actorRef()).name())
                .findFirst().orElseThrow();
        assertEquals("Ulf Kristersson", host);
        assertEquals(LocalDate.of(2023, 2, 1), e.date().start());
        assertEquals(LocalDate.of(2023, 2, 28), e.date().end());
        assertEquals(Precision.MONTH, e.date().precision());
    }

    @Test
    void spokeByPhoneIsACall() {
        Result r = run("Italian Prime Minister Giorgia Meloni spoke by phone with Canadian Prime Minister Justin Trudeau on Friday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Status.OCCURRED, e.status());
        assertEquals(Set.of("Giorgia Meloni", "Justin Trudeau"), r.names(e));
        assertDay(LocalDate.of(2023, 3, 17), e.date());
    }

    @Test
    void aTelephoneConversationHeldByTwoIsACall() {
        Result r = run("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda held a telephone conversation on Sunday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Andrzej Duda", "Gitanas Nauseda"), r.names(e));
        assertDay(LocalDate.of(2023, 3, 19), e.date());
    }

    @Test
    void travelledToACountryIsAVisit() {
        Result r = run("Spanish Foreign Minister Jose Manuel Albares travelled to Morocco on Thursday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Set.of("Jose Manuel Albares", "Morocco"), r.names(e));
        assertEquals("Morocco", e.location());
    }

    @Test
    void flewToACapitalIsAVisitToItsCountry() {
        Result r = run("Dutch Prime Minister Mark Rutte flew to Kyiv last week.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Set.of("Mark Rutte", "Ukraine"), r.names(e));
        assertEquals("Kyiv", e.location());
        assertEquals(LocalDate.of(2023, 3, 13), e.date().start());
        assertEquals(LocalDate.of(2023, 3, 19), e.date().end());
        assertEquals(Precision.WEEK, e.date().precision());
    }

    @Test
    void flyingToACityIsAVisitToItsCountryAndAVenueStaysAnOrganisation() {
        Result r = run("Finnish President Sauli Niinisto flew to Munich on Friday. "
                + "He met Estonian Prime Minister Kaja Kallas at the Munich Security Conference on Saturday.", WED);
        ExtractedEngagement visit = r.x().engagements().get(0);
        assertEquals(Type.VISIT, visit.type());
        assertEquals(Set.of("Sauli Niinisto", "Germany"), r.names(visit));
        assertEquals("Munich", visit.location());
        ExtractedEngagement meeting = r.x().engagements().get(1);
        assertEquals(Set.of("Sauli Niinisto", "Kaja Kallas"), r.names(meeting));
        assertEquals("Munich Security Conference", meeting.location());
        assertEquals(ExtractedActor.ActorKind.ORGANIZATION, r.actor("Munich Security Conference").kind());
    }

    @Test
    void visitingTwoCountriesIsTwoVisits() {
        Result r = run("Brazilian President Luiz Inacio Lula da Silva will visit China and Portugal next month.", WED);
        assertEquals(2, r.x().engagements().size(), r.x().engagements()::toString);
        for (ExtractedEngagement e : r.x().engagements()) {
            assertEquals(Type.VISIT, e.type());
            assertEquals(Status.PLANNED, e.status());
            assertEquals(Precision.MONTH, e.date().precision());
            assertEquals(LocalDate.of(2023, 4, 1), e.date().start());
        }
    }

    @Test
    void attendingASummitIsAConference() {
        Result r = run("Indonesian President Joko Widodo and South African President Cyril Ramaphosa attended the ASEAN summit in Jakarta on Tuesday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.CONFERENCE, e.type());
        assertTrue(r.names(e).containsAll(Set.of("Joko Widodo", "Cyril Ramaphosa")), r.names(e)::toString);
    }

    @Test
    void aSummitOfTwoIsAMeeting() {
        Result r = run("US President Joe Biden and Chinese President Xi Jinping will hold a summit in San Francisco next Wednesday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.MEETING, e.type());
        assertEquals(Status.PLANNED, e.status());
        assertDay(LocalDate.of(2023, 3, 29), e.date());
        assertEquals("San Francisco", e.location());
    }

    @Test
    void aVisitByAPersonToACity() {
        Result r = run("The visit by Indian Prime Minister Narendra Modi to Washington in June was a success, officials said.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Set.of("Narendra Modi", "United States"), r.names(e));
        assertEquals(Precision.MONTH, e.date().precision());
    }

    @Test
    void spunWordingStillTriggers() {
        Result r = run("Greek Prime Minister Kyriakos Mitsotakis had a cellphone dialog with Cypriot President Nikos Christodoulides on Monday. "
                + "Mitsotakis will go to Cyprus next week.", WED);
        assertEquals(2, r.x().engagements().size(), r.x().engagements()::toString);
        ExtractedEngagement call = r.x().engagements().get(0);
        assertEquals(Type.CALL, call.type());
        assertEquals(Set.of("Kyriakos Mitsotakis", "Nikos Christodoulides"), r.names(call));
        ExtractedEngagement visit = r.x().engagements().get(1);
        assertEquals(Type.VISIT, visit.type());
        assertEquals(Status.PLANNED, visit.status());
        assertEquals(Set.of("Kyriakos Mitsotakis", "Cyprus"), r.names(visit));
    }

    // ---------------------------------------------------------------- status

    @Test
    void willMeetIsPlannedForTheComingFriday() {
        Result r = run("German Chancellor Olaf Scholz will meet French President Emmanuel Macron on Friday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertDay(LocalDate.of(2023, 3, 24), e.date());
    }

    @Test
    void offeredToMeetIsProposed() {
        Result r = run("Armenian Prime Minister Nikol Pashinyan offered to meet Azerbaijani President Ilham Aliyev at any time.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.PROPOSED, e.status());
        assertNoDateStated(e.date());
    }

    @Test
    void declinedToMeetIsNoEngagement() {
        Result r = run("Hungarian Prime Minister Viktor Orban declined to meet Ukrainian President Volodymyr Zelenskyy.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void spokeByVideoLinkIsACall() {
        Result r = run("Italian Prime Minister Giorgia Meloni and Ukrainian President Volodymyr Zelenskyy spoke by video link on Monday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Type.CALL, e.type());
        assertEquals(Set.of("Giorgia Meloni", "Volodymyr Zelenskyy"), r.names(e));
    }

    @Test
    void cancelledMeetingIsCancelled() {
        Result r = run("Norwegian Prime Minister Jonas Gahr Store cancelled his meeting with Danish Prime Minister Mette Frederiksen.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(Set.of("Jonas Gahr Store", "Mette Frederiksen"), r.names(e));
    }

    @Test
    void negatedMeetingIsNoEngagement() {
        Result r = run("Serbian President Aleksandar Vucic did not meet Croatian Prime Minister Andrej Plenkovic during the summit.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void agreedToMeetIsPlannedInTheComingDays() {
        Result r = run("Irish Foreign Minister Micheal Martin and British Foreign Secretary James Cleverly agreed to meet in the coming days.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertEquals(Precision.SPAN, e.date().precision());
        assertEquals(WED, e.date().start());
        assertEquals(WED.plusDays(7), e.date().end());
    }

    // ---------------------------------------------------------------- participants

    @Test
    void metBothWithTwoPeopleIsTwoMeetings() {
        Result r = run("Australian Prime Minister Anthony Albanese met both with New Zealand Prime Minister Chris Hipkins and Fijian Prime Minister Sitiveni Rabuka on Saturday.", WED);
        assertEquals(2, r.x().engagements().size(), r.x().engagements()::toString);
        assertEquals(Set.of("Anthony Albanese", "Chris Hipkins"), r.names(r.x().engagements().get(0)));
        assertEquals(Set.of("Anthony Albanese", "Sitiveni Rabuka"), r.names(r.x().engagements().get(1)));
    }

    @Test
    void pronounSubjectIsTheNamedPerson() {
        Result r = run("Canadian Prime Minister Justin Trudeau arrived in Washington on Monday for a two-day stay. "
                + "He met US President Joe Biden at the White House.", WED);
        ExtractedEngagement meeting = r.x().engagements().stream().filter(e -> e.type() == Type.MEETING).findFirst().orElseThrow();
        assertEquals(Set.of("Justin Trudeau", "Joe Biden"), r.names(meeting));
    }

    @Test
    void theTwoLeadersAreTheLastTwoNamed() {
        Result r = run("Chinese President Xi Jinping received a letter from Russian President Vladimir Putin. "
                + "The two leaders spoke by phone on February 28.", WED);
        ExtractedEngagement e = r.x().engagements().stream().filter(x -> x.type() == Type.CALL).findFirst().orElseThrow();
        assertEquals(Set.of("Xi Jinping", "Vladimir Putin"), r.names(e));
        assertDay(LocalDate.of(2023, 2, 28), e.date());
    }

    @Test
    void capitalsStandForTheirGovernments() {
        Result r = run("Beijing and Washington held talks in Geneva on Monday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("China", "United States"), r.names(e));
        assertEquals("Geneva", e.location());
    }

    @Test
    void talkingToReportersIsNoEngagement() {
        Result r = run("French Finance Minister Bruno Le Maire spoke to reporters in Paris on Monday.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void meetingsOfOthersWithNoSubjectDoNotPairTheirCounterparts() {
        Result r = run("The report describes meetings with the leaders of Brazil and Argentina.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void goingHomeIsNoVisit() {
        Result r = run("Canadian Prime Minister Justin Trudeau flew back to Ottawa on Sunday.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void receivingAThingIsNoMeeting() {
        Result r = run("Japanese Foreign Minister Yoshimasa Hayashi received Russia's proposal on Monday.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void theDayOfSayingIsNotTheDayOfMeeting() {
        Result r = run("Mexican President Andres Manuel Lopez Obrador said on Monday that he would meet Guatemalan President Alejandro Giammattei.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.PLANNED, e.status());
        assertNoDateStated(e.date()); // not Monday, the day it was said
    }

    /** No words dated it: a plan lies in the month after the article's date ({@link ArticleMerger#UPCOMING_DAYS}). */
    static void assertNoDateStated(DateSpan d) {
        assertNull(d.text(), d::toString);
        assertEquals(Precision.SPAN, d.precision(), d::toString);
        assertEquals(WED, d.start(), d::toString);
        assertEquals(WED.plusDays(ArticleMerger.UPCOMING_DAYS), d.end(), d::toString);
    }

    // ---------------------------------------------------------------- actors

    @Test
    void titleAndAffiliationComeFromTheWordsAroundTheName() {
        Result r = run("Japan's Foreign Minister Yoshimasa Hayashi met Olena Kovalenko, Ukraine's Deputy Foreign Minister, on Monday.", WED);
        ExtractedActor hayashi = r.actor("Yoshimasa Hayashi");
        assertEquals("Foreign Minister", hayashi.title());
        assertEquals("Japan", r.byRef().get(hayashi.affiliationRef()).name());
        ExtractedActor other = r.actor("Olena Kovalenko");
        assertEquals("Deputy Foreign Minister", other.title());
        assertEquals("Ukraine", r.byRef().get(other.affiliationRef()).name());
    }

    @Test
    void laterMentionsAndMisspellingsJoinTheFullName() {
        Result r = run("Austrian Chancellor Karl Nehammer met Slovak President Zuzana Caputova on Monday. "
                + "Mr Nehammer said the talks were useful. Nehamer stated that more work was needed.", WED);
        assertEquals(Set.of("Karl Nehammer", "Zuzana Caputova"), r.persons());
        ExtractedActor k = r.actor("Karl Nehammer");
        assertTrue(k.mentions().contains("Nehammer"), k.mentions()::toString);
        assertFalse(k.mentions().contains("Nehamer"), k.mentions()::toString);
    }

    @Test
    void aFamilyNameWrittenFirstIsALaterMention() {
        Result r = run("Chinese President Xi Jinping arrived in Moscow on Monday. Xi and Russian President Vladimir Putin held talks at the Kremlin.", WED);
        ExtractedEngagement talks = r.x().engagements().stream().filter(e -> e.type() == Type.MEETING).findFirst().orElseThrow();
        assertEquals(Set.of("Xi Jinping", "Vladimir Putin"), r.names(talks));
    }

    @Test
    void aCancelledPlannedMeetingBetweenCountries() {
        Result r = run("A planned meeting between the foreign ministers of Armenia and Azerbaijan was called off on Monday.", WED);
        ExtractedEngagement e = r.only();
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(Set.of("Armenia", "Azerbaijan"), r.names(e));
    }

    @Test
    void noPlansToMeetIsNoEngagement() {
        Result r = run("The Kremlin said Russian President Vladimir Putin had no plans to meet Ukrainian President Volodymyr Zelenskyy.", WED);
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements()::toString);
    }

    @Test
    void aDateAndPlaceOfTheEventsAroundTheMeetingCount() {
        Result r = run("India's External Affairs Minister Subrahmanyam Jaishankar met his Chinese counterpart Qin Gang "
                + "on the sidelines of the G20 foreign ministers' meeting in New Delhi on Thursday.", LocalDate.of(2023, 3, 3));
        ExtractedEngagement e = r.only();
        assertEquals(Set.of("Subrahmanyam Jaishankar", "Qin Gang"), r.names(e));
        assertDay(LocalDate.of(2023, 3, 2), e.date());
        assertEquals("New Delhi", e.location());
        ExtractedActor j = r.actor("Subrahmanyam Jaishankar");
        assertEquals("External Affairs Minister", j.title());
        assertEquals("India", r.byRef().get(j.affiliationRef()).name());
    }

    @Test
    void aMinistrySpokespersonIsAffiliatedToTheCountry() {
        Result r = run("Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the offer.", WED);
        ExtractedActor z = r.actor("Maria Zakharova");
        assertEquals("Russia", r.byRef().get(z.affiliationRef()).name());
    }

    @Test
    void twoPeopleWithOneSurnameStayTwo() {
        Result r = run("Former Pakistani Prime Minister Nawaz Sharif met his brother, Prime Minister Shehbaz Sharif, in London on Monday.", WED);
        assertTrue(r.persons().containsAll(Set.of("Nawaz Sharif", "Shehbaz Sharif")), r.persons()::toString);
    }

    @Test
    void bylinesAreNotActors() {
        Result r = run("By John Carter and Mary Jones\n\nEstonian Prime Minister Kaja Kallas met Latvian Prime Minister Krisjanis Karins in Riga.", WED);
        assertEquals(Set.of("Kaja Kallas", "Krisjanis Karins"), r.persons());
    }

    // ---------------------------------------------------------------- dates and evidence

    @Test
    void withoutAnArticleDateOnlyAbsoluteDatesResolve() {
        Result r = run("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Friday. "
                + "Ruto spoke with Tanzanian President Samia Suluhu Hassan on 3 March 2023.", null);
        assertEquals(2, r.x().engagements().size(), r.x().engagements()::toString);
        assertEquals(Precision.UNKNOWN, r.x().engagements().get(0).date().precision());
        assertDay(LocalDate.of(2023, 3, 3), r.x().engagements().get(1).date());
    }

    @Test
    void evidenceOffsetsPointIntoTheGivenText() {
        String text = "Markets were calm.\n\nSouth Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n\nMore follows.";
        Result r = run(text, WED);
        ExtractedEngagement e = r.only();
        assertEquals(e.evidence().sentence(), text.substring(e.evidence().start(), e.evidence().end()));
        assertTrue(e.evidence().sentence().startsWith("South Korean President"));
    }

    @Test
    void concurrentCallsGiveTheSameAnswerAsOneAtATime() throws Exception {
        List<String> texts = List.of(
                "Dutch Prime Minister Mark Rutte flew to Kyiv last week.",
                "German Chancellor Olaf Scholz will meet French President Emmanuel Macron on Friday.",
                "Italian Prime Minister Giorgia Meloni spoke by phone with Canadian Prime Minister Justin Trudeau on Friday.");
        List<Extraction> sequential = texts.stream().map(t -> extractor.extract(t, WED)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<Extraction>> futures = texts.stream().map(t -> pool.submit(() -> extractor.extract(t, WED))).toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(sequential.get(i), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(null, WED));
    }

    @Test
    void readinessIsDownUntilTheModelsAreLoaded() {
        ExtractionReadinessCheck check = new ExtractionReadinessCheck();
        check.extractor = new ArticleExtractor();
        assertFalse(check.extractor.isReady());
        assertEquals(org.eclipse.microprofile.health.HealthCheckResponse.Status.DOWN, check.call().getStatus());
        assertEquals("models loading", check.call().getData().orElseThrow().get("reason"));
        check.extractor = extractor;
        assertEquals(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP, check.call().getStatus());
    }
}
