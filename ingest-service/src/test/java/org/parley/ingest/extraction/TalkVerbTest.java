package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * "Speak" and "talk" with two people as their subject and no one else spoken to are a conversation between them
 * (docs/extraction.md, "Triggers"); a speech at an occasion is not; talks during which they agreed something are
 * theirs. Sentences written for this test.
 */
class TalkVerbTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void twoPeopleWhoSpokeHadAConversation() {
        Result r = ArticleExtractorTest.run("Russian President Vladimir Putin and Chinese President Xi Jinping spoke "
                + "again on Friday, the Kremlin said.", LocalDate.of(2024, 3, 6));
        assertEquals(Type.CALL, r.only().type());
        assertEquals(Set.of("Vladimir Putin", "Xi Jinping"), r.names(r.only()));
        Result s = ArticleExtractorTest.run("Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel "
                + "Macron talked for forty minutes on Tuesday, according to the Planalto.", LocalDate.of(2024, 3, 28));
        assertEquals(Set.of("Luiz Inacio Lula da Silva", "Emmanuel Macron"), s.names(s.only()));
    }

    @Test
    void talksDuringWhichTwoPeopleAgreedAreTheirs() {
        Result r = ArticleExtractorTest.run("Japanese Foreign Minister Yoko Kamikawa and her Philippine counterpart "
                + "Enrique Manalo agreed on Friday to deepen defence ties during talks in Manila.", LocalDate.of(2024, 3, 6));
        assertEquals(Set.of("Yoko Kamikawa", "Enrique Manalo"), r.names(r.only()));
        assertEquals(ExtractedEngagement.Status.OCCURRED, r.only().status());
        Result s = ArticleExtractorTest.run("Egyptian Foreign Minister Sameh Shoukry and his Jordanian counterpart Ayman "
                + "Safadi stressed the need for a ceasefire during talks in Amman on Sunday.", LocalDate.of(2024, 3, 6));
        assertEquals(Set.of("Sameh Shoukry", "Ayman Safadi"), s.names(s.only()));
    }

    @Test
    void talksOrAMeetingByTelephoneOrVideoAreACall() {
        Result r = ArticleExtractorTest.run("On Thursday, Japanese Prime Minister Fumio Kishida held telephone talks with "
                + "British Prime Minister Rishi Sunak at the request of the British side.", LocalDate.of(2023, 3, 6));
        assertEquals(Type.CALL, r.only().type());
        assertEquals(Set.of("Fumio Kishida", "Rishi Sunak"), r.names(r.only()));
        Result s = ArticleExtractorTest.run("German Chancellor Olaf Scholz held a video meeting with Nigerian President "
                + "Bola Tinubu on Wednesday to discuss the Sahel.", LocalDate.of(2024, 5, 20));
        assertEquals(Type.CALL, s.only().type());
        Result t = ArticleExtractorTest.run("Indonesian President Joko Widodo and Australian Prime Minister Anthony "
                + "Albanese held virtual talks on Monday about the energy transition.", LocalDate.of(2024, 5, 20));
        assertEquals(Type.CALL, t.only().type());
    }

    @Test
    void twoPeopleWhoSpokeAtAnOccasionGaveSpeeches() {
        Result r = ArticleExtractorTest.run("French President Emmanuel Macron and German Chancellor Olaf Scholz spoke at "
                + "the opening of the forum on Friday.", LocalDate.of(2024, 3, 6));
        assertTrue(r.x().engagements().isEmpty(), r.x().engagements().toString());
    }

    @Test
    void aMeetingDescribedByTheClauseOfThoseWhoHeldItIsTheirs() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by "
                + "phone on Monday. The meeting that they held in Kampala in May was cordial, the statement said.",
                LocalDate.of(2024, 7, 3));
        assertTrue(r.x().engagements().stream().anyMatch(e -> e.type() == Type.MEETING
                && r.names(e).equals(Set.of("William Ruto", "Yoweri Museveni")) && e.date().start() != null
                && e.date().start().getMonthValue() == 5), r.x().engagements().toString());
        Result s = ArticleExtractorTest.run("Argentine President Javier Milei and Chilean President Gabriel Boric met "
                + "again in Santiago. The talks that the two presidents held in Buenos Aires in March were tense.",
                LocalDate.of(2024, 7, 3));
        assertTrue(s.x().engagements().stream().anyMatch(e -> s.names(e).equals(Set.of("Javier Milei", "Gabriel Boric"))
                && e.date().start() != null && e.date().start().getMonthValue() == 3), s.x().engagements().toString());
    }

    @Test
    void callingEachOtherANameIsNoTelephoneCall() {
        assertTrue(ArticleExtractorTest.run("Although Fiji and Tonga often call each other ''family'', Prime Minister "
                + "Sitiveni Rabuka stayed out of the row.", LocalDate.of(2024, 3, 6)).x().engagements().isEmpty());
        assertTrue(ArticleExtractorTest.run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte call "
                + "each other friends.", LocalDate.of(2024, 3, 6)).x().engagements().isEmpty());
    }

    @Test
    void talksWithTheCountryATravellerVisitsAreTheVisit() {
        Result r = ArticleExtractorTest.run("Afghan President Ashraf Ghani flew into Islamabad on Friday for talks with "
                + "Pakistan's government.", LocalDate.of(2018, 6, 2));
        assertEquals(Type.VISIT, r.only().type());
        Result s = ArticleExtractorTest.run("Kenyan President William Ruto travelled to Kampala on Monday for talks with "
                + "the Ugandan government.", LocalDate.of(2024, 3, 7));
        assertEquals(Type.VISIT, s.only().type());
    }
}
