package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * An engagement noun in an adjunct of the clause whose subject took part in it: "Following talks with X, Y told
 * reporters", "Speaking after his meeting with X, Y said", "During their meeting, X and Y agreed". A pronoun in such an
 * adjunct, put before the clause's subject, points forward to that subject. Sentences written for this test, on
 * constructions seen in Downing Street call readouts (gov.uk, 2015–2019), a TASS/News18 report of Lavrov and Blinken
 * in New Delhi (2023), a Teller Report page on Merkel and Morawiecki (2021) and an Otago Daily Times page on Bill
 * English before his first call with Trump (2017).
 */
class AdjunctEngagementTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void talksFollowedByTheSubjectsStatement() {
        Result r = ArticleExtractorTest.run("Following talks with Kenyan President William Ruto on Monday, Ethiopian Prime "
                + "Minister Abiy Ahmed told reporters that the two countries would expand trade.", LocalDate.of(2023, 5, 3));
        assertEquals(Set.of("William Ruto", "Abiy Ahmed"), r.names(r.only()));
        assertEquals(LocalDate.of(2023, 5, 1), r.only().date().start());
    }

    @Test
    void aMeetingAheadOfTheSubjectsRemarks() {
        Result r = ArticleExtractorTest.run("Ahead of a meeting with Indian Prime Minister Narendra Modi next week, "
                + "Australian Prime Minister Anthony Albanese said trade would top the agenda.", LocalDate.of(2023, 3, 1));
        assertEquals(Set.of("Narendra Modi", "Anthony Albanese"), r.names(r.only()));
        assertEquals(ExtractedEngagement.Status.PLANNED, r.only().status());
    }

    @Test
    void hisInAFrontedAdjunctIsTheSubjectNamedAfterIt() {
        Result r = ArticleExtractorTest.run("British Prime Minister Boris Johnson spoke to Turkish President Recep Tayyip "
                + "Erdogan on Wednesday. Speaking after his meeting with Chinese Foreign Minister Wang Yi in New Delhi, "
                + "US Secretary of State Antony Blinken said the talks had been candid.", LocalDate.of(2023, 3, 2));
        ExtractedEngagement meeting = r.x().engagements().stream().filter(e -> r.names(e).contains("Wang Yi"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("Antony Blinken", "Wang Yi"), r.names(meeting));
    }

    @Test
    void theirInAFrontedAdjunctIsTheSubjectsNamedAfterIt() {
        Result r = ArticleExtractorTest.run("President Joe Biden called Japanese Prime Minister Fumio Kishida on Friday. "
                + "During their meeting in Nairobi, Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed "
                + "agreed to expand trade.", LocalDate.of(2023, 5, 3));
        ExtractedEngagement meeting = r.x().engagements().stream().filter(e -> e.type() == Type.MEETING)
                .findFirst().orElseThrow();
        assertEquals(Set.of("William Ruto", "Abiy Ahmed"), r.names(meeting));
    }

    @Test
    void aClauseDenyingSomethingElseAheadOfACallLeavesTheCallPlanned() {
        Result r = ArticleExtractorTest.run("New Zealand Prime Minister Bill English says he is not nervous ahead of his first "
                + "phone call with US President Donald Trump.", LocalDate.of(2017, 2, 4));
        assertEquals(Set.of("Bill English", "Donald Trump"), r.names(r.only()));
        assertEquals(Type.CALL, r.only().type());
        assertEquals(ExtractedEngagement.Status.PLANNED, r.only().status());
    }

    @Test
    void aMeetingHungOnItsSubjectByTheParser() {
        Result r = ArticleExtractorTest.run("Earlier in August, Iranian Foreign Minister Mohammad Javad Zarif in a meeting with "
                + "Turkish Foreign Minister Mevlut Cavusoglu in Ankara discussed the Syria crisis.", LocalDate.of(2016, 9, 28));
        assertEquals(Set.of("Mohammad Javad Zarif", "Mevlut Cavusoglu"), r.names(r.only()));
        assertEquals(LocalDate.of(2016, 8, 1), r.only().date().start());
    }

    @Test
    void theOneMetHangsOnTheClauseTheMeetingIsTheCircumstanceOf() {
        Result r = ArticleExtractorTest.run("In a separate meeting, Turkish Foreign Minister Hakan Fidan also came together "
                + "with Josep Borrell, the EU's foreign policy chief.", LocalDate.of(2023, 7, 14));
        assertEquals(Set.of("Hakan Fidan", "Josep Borrell"), r.names(r.only()));
    }

    @Test
    void whatWasDiscussedIsNoParty() {
        Result r = ArticleExtractorTest.run("US Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov "
                + "met in Finland on Monday, where they discussed Venezuela.", LocalDate.of(2019, 5, 10));
        assertEquals(Set.of("Mike Pompeo", "Sergei Lavrov"), r.names(r.only()));
    }
}
