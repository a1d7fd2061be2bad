package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * A delegation or team "led by" / "headed by" a person stands for that person. Sentences written for this test.
 */
class LedDelegationTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void aDelegationLedByAPersonIsThatPerson() {
        Result r = ArticleExtractorTest.run("Japanese Prime Minister Fumio Kishida hosted a delegation led by US House Speaker "
                + "Kevin McCarthy on Wednesday.", LocalDate.of(2023, 9, 1));
        assertEquals(Set.of("Fumio Kishida", "Kevin McCarthy"), r.names(r.only()));
        Result headed = ArticleExtractorTest.run("President Cyril Ramaphosa received a team headed by Ethiopian Foreign "
                + "Minister Demeke Mekonnen in Pretoria on Monday.", LocalDate.of(2023, 2, 8));
        assertEquals(Set.of("Cyril Ramaphosa", "Demeke Mekonnen"), headed.names(headed.only()));
    }
}
