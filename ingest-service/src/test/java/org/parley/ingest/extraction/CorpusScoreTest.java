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
        // reached: F1 0.685, status 0.961, persons F1 0.982 on 80 articles at the end of round 5 (the 20 pages added
        // in round 5, r6a/r6b, scored 0.349 before any rule saw them; round 4 ended at 0.752 on the other 60)
        assertTrue(totals.f1() >= 0.68, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.94, totals.summary());
        assertTrue(totals.personsF1() >= 0.98, totals.summary());
    }

    @Test
    void frozenTestPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "test");
        System.out.println("corpus test: " + totals.summary());
        // reached: F1 0.434, status 0.966, persons F1 0.947 at the end of round 4 (round 3 ended at 0.411, round 2
        // at 0.426; before the staged reader: 0.234, 0.867, 0.796); the target is F1 0.85, status 0.9, persons 0.95
        assertTrue(totals.f1() >= 0.43, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.93, totals.summary());
    }

    @Test
    void heldOutPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "heldout");
        System.out.println("corpus heldout: " + totals.summary());
        // reached: F1 0.484, status 0.920, persons F1 0.879 at the end of round 4 (0.462 at its start, before any rule
        // of round 4; 20 pages paraphrased and annotated in round 4 that no rule was written against)
        assertTrue(totals.f1() >= 0.48, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.87, totals.summary());
    }
}
