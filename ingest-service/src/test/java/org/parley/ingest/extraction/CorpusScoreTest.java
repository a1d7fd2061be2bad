package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.scoring.Score;

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
        Score totals = CorpusScore.score(extractor, "dev");
        System.out.println("corpus dev: " + totals.report());
        // reached: F1 0.728, status 0.961, persons F1 0.991 on 60 articles (round 4: the 40 of round 3 at 0.754 and
        // 20 new pages, r4a/r4b, at 0.667; those 20 scored 0.509 before round 4 saw them)
        assertTrue(totals.f1() >= 0.70, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.94, totals.summary());
        assertTrue(totals.personsF1() >= 0.98, totals.summary());
    }

    @Test
    void frozenTestPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "test");
        System.out.println("corpus test: " + totals.summary());
        // reached: F1 0.411, status 0.964, persons F1 0.947 at the end of round 3 (round 2 ended at 0.426, 0.929,
        // 0.947; before the staged reader: 0.234, 0.867, 0.796); the target is F1 0.85, status 0.9, persons 0.95
        assertTrue(totals.f1() >= 0.41, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.93, totals.summary());
    }
}
