package org.parley.ingest.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.scoring.Score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction quality on the seed articles, scored against the reference annotation by the rules of eval/README.md.
 * The assertions hold the level reached: the test fails if extraction regresses.
 */
class SeedExtractionScoreTest {

    static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.loadedNow();
    }

    static Path seedsDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ directory above " + Path.of("").toAbsolutePath());
    }

    @Test
    void seedScoresReachTheTargets() throws IOException {
        Score totals = GoldScorer.fromResource("extraction/seeds.gold.json")
                .score(extractor, seedsDir());
        assertTrue(totals.f1() >= 0.97, totals.summary());
        assertTrue(totals.personsF1() >= 0.97, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.95, totals.summary());
        assertTrue(totals.dayAccuracy() >= 0.95, totals.summary());
    }
}
