package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/**
 * "A tour of A, B and C" is a visit to each place named; so is landing in, reaching or leaving for a place. Sentences
 * written for this test.
 */
class TourOfPlacesTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static Set<String> visited(Result r) {
        return r.x().engagements().stream().filter(e -> e.type() == Type.VISIT)
                .flatMap(e -> r.names(e).stream()).collect(Collectors.toSet());
    }

    @Test
    void aTourOfSeveralCountriesVisitsEach() {
        Result r = ArticleExtractorTest.run("Indian Foreign Minister S Jaishankar began a tour of Cyprus, Austria and "
                + "Slovakia on Thursday.", LocalDate.of(2022, 12, 29));
        assertEquals(Set.of("S Jaishankar", "Cyprus", "Austria", "Slovakia"), visited(r));
        Result s = ArticleExtractorTest.run("Wang Yi's visit of Egypt and Tunisia ended on Monday, the ministry said.",
                LocalDate.of(2024, 1, 16));
        assertEquals(Set.of("Wang Yi", "Egypt", "Tunisia"), visited(s));
    }

    @Test
    void reachingOrLandingInAPlaceVisitsIt() {
        Result r = ArticleExtractorTest.run("Thai Prime Minister Srettha Thavisin landed in Tokyo on Friday night to "
                + "begin a four-day working visit.", LocalDate.of(2023, 12, 16));
        assertEquals(Set.of("Srettha Thavisin", "Japan"), visited(r));
        Result s = ArticleExtractorTest.run("Chinese Vice Foreign Minister Sun Weidong reached Dhaka on Monday for a "
                + "two-day visit.", LocalDate.of(2024, 5, 14));
        assertEquals(Set.of("Sun Weidong", "Bangladesh"), visited(s));
    }

    @Test
    void leavingForAPlaceVisitsIt() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto left for Beijing on Sunday for a state visit.",
                LocalDate.of(2023, 10, 16));
        assertEquals(Set.of("William Ruto", "China"), visited(r));
        Result s = ArticleExtractorTest.run("Brazilian Foreign Minister Mauro Vieira departed for Caracas on Tuesday "
                + "to meet the Venezuelan government.", LocalDate.of(2023, 5, 3));
        assertEquals(Set.of("Mauro Vieira", "Venezuela"), visited(s));
    }
}
