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
        // reached: F1 0.684, status 0.933, persons F1 0.977 on 100 articles at the end of round 6 (the 20 pages added
        // in round 6, r7a/r7b, scored 0.400 before any rule saw them; the other 80 ended round 6 at 0.713)
        assertTrue(totals.f1() >= 0.68, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.92, totals.summary());
        assertTrue(totals.personsF1() >= 0.97, totals.summary());
    }

    @Test
    void frozenTestPartHoldsTheLevelReached() {
        Score totals = CorpusScore.score(extractor, "test");
        System.out.println("corpus test: " + totals.summary());
        // reached: F1 0.481, status 0.935, persons F1 0.947 at the end of round 6 (rounds 4 and 5 ended at 0.434,
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
        // reached: F1 0.442, status 0.966, persons F1 0.910 on 40 pages at the end of round 6: r5a/r5b (20 pages of
        // round 4) at 0.484, r8a/r8b (20 pages of round 6, scored at its start at 0.353 and at its end at 0.410);
        // no rule was written against either
        assertTrue(totals.f1() >= 0.44, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.9, totals.summary());
        assertTrue(totals.personsF1() >= 0.9, totals.summary());
    }
}
