package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the corpus of paraphrased real pages (docs/extraction.md, "Corpus"): the development part,
 * which rules are written against, and the frozen test part, which no rule is written against and whose misses are
 * therefore not printed. Thresholds hold the level reached; the figures are in docs/extraction.md.
 */
class CorpusScoreTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void developmentPartHoldsTheLevelReached() {
        GoldScorer.Totals totals = CorpusScore.score(extractor, "dev");
        totals.report.forEach(System.out::println);
        System.out.println("corpus dev: " + totals.summary());
        // reached: F1 0.615, status 0.933, persons F1 1.000 (before this round: 0.486, 0.956, 0.902; before the
        // staged reader's corpus work: F1 0.350)
        assertTrue(totals.f1() >= 0.59, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.92, totals.summary());
        assertTrue(totals.personF1() >= 0.99, totals.summary());
    }

    @Test
    void frozenTestPartHoldsTheLevelReached() {
        GoldScorer.Totals totals = CorpusScore.score(extractor, "test");
        System.out.println("corpus test: " + totals.summary());
        // reached: F1 0.426, status 0.929, persons F1 0.947 (before this round: 0.298, 0.941, 0.899; before the
        // staged reader: 0.234, 0.867, 0.796); the target is F1 0.85, status 0.9, persons 0.95
        assertTrue(totals.f1() >= 0.41, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personF1() >= 0.93, totals.summary());
    }
}
