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
 * What a readout leaves to the sentences before (docs/extraction.md, "Stages"): the subject it names once, the date
 * its lead gives, and the date a later "the visit" adds to an undated one. Sentences written for this test.
 */
class ReadoutDiscourseTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void aMeetingWithoutItsSubjectIsTheStorysSubjects() {
        Result r = ArticleExtractorTest.run("Indian Foreign Minister Subrahmanyam Jaishankar met Turkish Foreign Minister "
                + "Mevlut Cavusoglu in New York on Monday. The next meeting was with the Dutch Foreign Minister, Stef Blok.",
                LocalDate.of(2019, 9, 24));
        assertTrue(r.x().engagements().stream().anyMatch(e -> r.names(e).equals(Set.of("Subrahmanyam Jaishankar", "Stef Blok"))),
                () -> r.x().engagements().stream().map(r::names).toList().toString());
    }

    @Test
    void someoneElsesMeetingsAreNotTheStorysSubjects() {
        Result r = ArticleExtractorTest.run("German Chancellor Olaf Scholz spoke to reporters in Berlin on Monday. "
                + "He praised Macron's meetings with the leaders of Russia and Ukraine.", LocalDate.of(2022, 2, 8));
        assertTrue(r.x().engagements().stream().noneMatch(e -> r.names(e).contains("Olaf Scholz")),
                () -> r.x().engagements().stream().map(r::names).toList().toString());
    }

    @Test
    void theVisitMentionedLaterDatesTheUndatedOne() {
        Result r = ArticleExtractorTest.run("Sri Lankan President Mahinda Rajapaksa has called off his visit to Pakistan, "
                + "officials said. The visit had been due to start on August 22.", LocalDate.of(2014, 8, 20));
        ExtractedEngagement e = r.only();
        assertEquals(Type.VISIT, e.type());
        assertEquals(Status.CANCELLED, e.status());
        assertEquals(LocalDate.of(2014, 8, 22), e.date().start());
    }

    @Test
    void anUndatedMeetingIsOnTheDayTheLeadNames() {
        Result r = ArticleExtractorTest.run("Southeast Asian leaders opened their annual summit in Jakarta on Tuesday. "
                + "On the sidelines, Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim.",
                LocalDate.of(2023, 9, 6));
        List<ExtractedEngagement> meetings = r.x().engagements().stream()
                .filter(e -> r.names(e).equals(Set.of("Joko Widodo", "Anwar Ibrahim"))).toList();
        assertEquals(1, meetings.size(), r.x().engagements().toString());
        assertEquals(LocalDate.of(2023, 9, 5), meetings.get(0).date().start());
    }
}
