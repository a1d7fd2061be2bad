package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

/** "A tour of A, B and C" is a visit to each place named. Sentences written for this test. */
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
}
