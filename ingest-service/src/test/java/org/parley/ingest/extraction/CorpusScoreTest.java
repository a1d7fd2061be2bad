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
        // reached: F1 0.646, status 0.955, persons F1 0.979 on 130 articles at the end of round 8 (the 30 pages added
        // then, r9a-c, scored 0.382 before any rule saw them and 0.425 after round 7; the other 100 ended round 7 at
        // 0.707)
        assertTrue(totals.f1() >= 0.64, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.92, totals.summary());
        assertTrue(totals.personsF1() >= 0.97, totals.summary());
    }

    @Test
    void frozenTestPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "test");
        System.out.println("corpus test: " + totals.summary());
        // reached: F1 0.481, status 0.935, persons F1 0.947 at the end of rounds 6, 7 and 8 (rounds 4 and 5 ended at 0.434,
        // round 3 at 0.411; before the staged reader: 0.234, 0.867, 0.796); the target is F1 0.85, status 0.9,
        // persons 0.95
        assertTrue(totals.f1() >= 0.47, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.93, totals.summary());
    }

    @Test
    void heldOutPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "heldout");
        System.out.println("corpus heldout: " + totals.summary());
        // reached: F1 0.467, status 0.938, persons F1 0.916 on 70 pages at the end of round 8: r5a/r5b (20 pages of
        // round 4), r8a/r8b (20 pages of round 6), r10a-c (30 pages of round 8: 0.446 at the session's start, 0.481
        // at round 8's end); the first 40 went 0.442 -> 0.457 (round 7) -> 0.453 (round 8); no rule was written
        // against any of them
        assertTrue(totals.f1() >= 0.46, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.9, totals.summary());
    }
}
