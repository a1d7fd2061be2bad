package org.parley.ingest.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.normalise.ArticleNormaliser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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

    /** The seed's story text as ingest stores it: the real normaliser's output. */
    static String storyText(String raw, LocalDate published) {
        return new ArticleNormaliser().normalise(raw, published).text();
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
        SeedScorer scorer = SeedScorer.fromResource("extraction/seeds.gold.json");
        SeedScorer.Totals totals = new SeedScorer.Totals();
        for (JsonNode article : scorer.articles()) {
            String file = article.get("file").asText();
            LocalDate published = LocalDate.parse(article.get("published").asText());
            String text = storyText(Files.readString(seedsDir().resolve(file)), published);
            Extraction x = extractor.extract(text, published);
            if (System.getProperty("extraction.dump") != null) {
                System.out.println("=== " + file);
                x.actors().forEach(a -> System.out.println("  " + a));
                x.engagements().forEach(e -> System.out.println("  " + e.type() + " " + e.status() + " "
                        + e.participants() + " " + e.date() + " @" + e.location() + " | " + e.evidence().sentence()));
            }
            scorer.score(file, x, totals);
        }
        totals.report.forEach(System.out::println);
        System.out.println(totals.summary());
        assertTrue(totals.f1() >= 0.97, totals.summary());
        assertTrue(totals.personF1() >= 0.97, totals.summary());
        assertTrue(totals.statusAccuracy() >= 0.95, totals.summary());
        assertTrue(totals.dayAccuracy() >= 0.95, totals.summary());
    }
}
