package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * Multilateral gatherings and who attends them (docs/extraction.md, "Gatherings"): attendees named outside the
 * trigger's phrase, a known body's own meeting, the day a gathering was scheduled for, and reports of one gathering
 * in several sentences. Two sentences of our own for each construction, in the phrasing of wire copy and of
 * translated regional outlets (the dev pages af04, af08, ap04, la01, la03, la09 showed the constructions).
 */
class GatheringConstructionTest {

    private static final LocalDate WED = LocalDate.of(2023, 9, 6);

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static List<ExtractedEngagement> conferences(Result r) {
        return r.x().engagements().stream().filter(e -> e.type() == Type.CONFERENCE).toList();
    }

    private static ExtractedEngagement onlyConference(Result r) {
        List<ExtractedEngagement> c = conferences(r);
        assertEquals(1, c.size(), r.x().engagements().toString());
        return c.get(0);
    }

    @Test
    void whomAVerbOfJoiningTakesToTheGatheringAttendsIt() {
        Result r = ArticleExtractorTest.run("On Friday, Kenyan President William Ruto will join fellow regional leaders - "
                + "Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri Museveni - at the Commonwealth "
                + "summit in Kigali.", WED);
        ExtractedEngagement e = onlyConference(r);
        assertTrue(r.names(e).containsAll(Set.of("William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni")), r.names(e).toString());
        assertEquals(Status.PLANNED, e.status());
        assertEquals(LocalDate.of(2023, 9, 8), e.date().start());
        Result s = ArticleExtractorTest.run("Brazilian President Luiz Inacio Lula da Silva joined Argentine President "
                + "Alberto Fernandez at the Mercosur summit in Puerto Iguazu on Tuesday.", WED);
        assertEquals(Set.of("Luiz Inacio Lula da Silva", "Alberto Fernandez", "Mercosur"), s.names(onlyConference(s)));
    }

    @Test
    void whoeverActsAtABodysGatheringAttendsIt() {
        Result r = ArticleExtractorTest.run("Japanese Prime Minister Fumio Kishida spoke at the ASEAN summit in Jakarta "
                + "on Wednesday.", WED);
        assertEquals(Set.of("Fumio Kishida", "ASEAN"), r.names(onlyConference(r)));
        Result s = ArticleExtractorTest.run("Mexican Foreign Minister Alicia Barcena met Canadian Foreign Minister "
                + "Melanie Joly within the framework of the G-20 summit in Rio de Janeiro on Wednesday.", WED);
        assertEquals(Set.of("Alicia Barcena", "Melanie Joly", "G20"), s.names(onlyConference(s)));
    }

    @Test
    void aNewsConferenceOrAMeetingOneSpeaksAtIsNoGathering() {
        Result r = ArticleExtractorTest.run("US Ambassador Linda Thomas-Greenfield spoke at a UN Security Council meeting "
                + "on Monday.", WED);
        assertTrue(conferences(r).isEmpty(), r.x().engagements().toString());
        Result s = ArticleExtractorTest.run("President Emmanuel Macron told reporters at a joint news conference with "
                + "Chancellor Olaf Scholz in Berlin on Monday that Europe must rearm.", WED);
        assertTrue(conferences(s).isEmpty(), s.x().engagements().toString());
    }

    @Test
    void theListAfterAColonNamesTheAttendees() {
        Result r = ArticleExtractorTest.run("Three leaders will attend the summit: French President Emmanuel Macron, "
                + "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni.", WED);
        assertEquals(Set.of("Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"), r.names(onlyConference(r)));
        Result s = ArticleExtractorTest.run("The summit, which was scheduled for Monday in Nairobi, was called off.\n\n"
                + "Three leaders had been expected to attend the summit: Ethiopian Prime Minister Abiy Ahmed, Somali "
                + "President Hassan Sheikh Mohamud and Kenyan President William Ruto.", WED);
        ExtractedEngagement e = onlyConference(s);
        assertEquals(Set.of("Abiy Ahmed", "Hassan Sheikh Mohamud", "William Ruto"), s.names(e));
        assertEquals(Status.CANCELLED, e.status());
    }

    @Test
    void theAttendeesUndatedGatheringIsTheOneTheStoryDatedBefore() {
        Result r = ArticleExtractorTest.run("The regional mini-summit which was due to take place on Friday in Luanda has "
                + "been postponed.\n\nNo new date was given.\n\nThe heads of state of five countries were to attend the "
                + "mini-summit: Angola's Joao Lourenco, Congo's Felix Tshisekedi, Rwanda's Paul Kagame, Burundi's "
                + "Evariste Ndayishimiye and Kenya's William Ruto.", WED);
        ExtractedEngagement e = onlyConference(r);
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(LocalDate.of(2023, 9, 8), e.date().start());
        assertTrue(r.names(e).containsAll(Set.of("Joao Lourenco", "Paul Kagame", "William Ruto")), r.names(e).toString());
    }

    @Test
    void theStorysMeetingsHeldAtAGatheringPutItsSubjectThere() {
        Result r = ArticleExtractorTest.run("Indian Prime Minister Narendra Modi held bilateral meetings with several "
                + "leaders on Saturday.\n\nThe talks took place on the sidelines of the G20 summit in Rome.", WED);
        assertEquals(Set.of("G20", "Narendra Modi"), r.names(onlyConference(r)));
        Result s = ArticleExtractorTest.run("Chilean President Gabriel Boric had a series of meetings on Tuesday.\n\n"
                + "The encounters happened on the margins of the Mercosur summit in Montevideo.", WED);
        assertEquals(Set.of("Mercosur", "Gabriel Boric"), s.names(onlyConference(s)));
    }

    @Test
    void aGatheringTakesTheDayItWasScheduledFor() {
        Result r = ArticleExtractorTest.run("The summit of the East African Community, scheduled for Saturday in Arusha, "
                + "has been postponed, officials said on Wednesday.", WED);
        ExtractedEngagement e = onlyConference(r);
        assertEquals(LocalDate.of(2023, 9, 9), e.date().start());
        assertEquals(Status.CANCELLED, e.status());
        Result s = ArticleExtractorTest.run("An emergency summit of the Arab League which was set for September 12 was "
                + "postponed on Tuesday.", WED);
        assertEquals(LocalDate.of(2023, 9, 12), onlyConference(s).date().start());
    }

    @Test
    void aBodysGatheringReportedAloneIsTheOneItsAttendeesGoTo() {
        Result r = ArticleExtractorTest.run("An extraordinary summit of ASEAN was set for Thursday in Jakarta.\n\n"
                + "Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim will attend the ASEAN summit.",
                WED);
        ExtractedEngagement e = onlyConference(r);
        assertEquals(Set.of("ASEAN", "Joko Widodo", "Anwar Ibrahim"), r.names(e));
        assertEquals(LocalDate.of(2023, 9, 7), e.date().start());
        Result s = ArticleExtractorTest.run("The summit of Mercosur, scheduled for July 7 in Asuncion, will go ahead.\n\n"
                + "Brazilian President Luiz Inacio Lula da Silva will attend the Mercosur summit.", LocalDate.of(2023, 7, 3));
        ExtractedEngagement f = onlyConference(s);
        assertEquals(Set.of("Mercosur", "Luiz Inacio Lula da Silva"), s.names(f));
        assertEquals(LocalDate.of(2023, 7, 7), f.date().start());
    }

    @Test
    void aCountryThatAttendsASummitIsItsLeaderTheArticleNames() {
        Result r = ArticleExtractorTest.run("Ghana's President Nana Akufo-Addo said on Monday that the region must act.\n\n"
                + "Ghana, Togo and Benin will attend the ECOWAS summit in Abuja.", WED);
        ExtractedEngagement e = onlyConference(r);
        assertTrue(r.names(e).containsAll(Set.of("Nana Akufo-Addo", "Togo", "Benin")), r.names(e).toString());
        assertTrue(!r.names(e).contains("Ghana"), r.names(e).toString());
        Result s = ArticleExtractorTest.run("South Africa's President Cyril Ramaphosa is appearing before a commission "
                + "this week.\n\nSouth Africa, Namibia and Zambia had been expected to attend the summit in Maputo.", WED);
        ExtractedEngagement f = onlyConference(s);
        assertEquals(Set.of("Cyril Ramaphosa", "Namibia", "Zambia"), s.names(f));
        assertEquals(Status.CANCELLED, f.status());
    }

    @Test
    void attendeesOfAnUndatedSummitGoToTheBodysSummitReportedBefore() {
        Result r = ArticleExtractorTest.run("An extraordinary summit of ASEAN which was set for Friday was postponed on "
                + "Wednesday.\n\nIndonesia, Malaysia and Thailand had been expected to attend the summit.", WED);
        ExtractedEngagement e = onlyConference(r);
        assertEquals(Set.of("ASEAN", "Indonesia", "Malaysia", "Thailand"), r.names(e));
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(LocalDate.of(2023, 9, 8), e.date().start());
        Result s = ArticleExtractorTest.run("The Mercosur summit scheduled for Thursday in Montevideo has been called off."
                + "\n\nBrazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei were to attend "
                + "the summit.", WED);
        ExtractedEngagement f = onlyConference(s);
        assertEquals(Set.of("Mercosur", "Luiz Inacio Lula da Silva", "Javier Milei"), s.names(f));
        assertEquals(LocalDate.of(2023, 9, 7), f.date().start());
    }

    @Test
    void aMeetingWordThatNamesABodyIsThatBodysGathering() {
        ExtractedEngagement unga = ArticleExtractorTest.run("Prime Minister Sitiveni Rabuka leaves tonight to attend the "
                + "General Assembly of the United Nations in New York.", LocalDate.of(2024, 9, 20)).only();
        assertEquals(ExtractedEngagement.Type.CONFERENCE, unga.type());
        ExtractedEngagement au = ArticleExtractorTest.run("Kenyan President William Ruto will attend the African Union "
                + "Assembly in Addis Ababa next week.", LocalDate.of(2024, 2, 8)).only();
        assertEquals(ExtractedEngagement.Type.CONFERENCE, au.type());
    }
}
