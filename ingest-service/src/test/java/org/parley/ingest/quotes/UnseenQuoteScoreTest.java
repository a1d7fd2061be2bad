package org.parley.ingest.quotes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quote recall and speaker accuracy on the development set ({@code extraction/unseen/unseen.gold.json}), and a
 * report for every other gold file with quotes under {@code extraction/corpus/} (each folder holds its articles
 * beside its gold file). The assertions hold the level reached on the development set.
 */
class UnseenQuoteScoreTest {

    static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void devSetQuotesHoldTheLevelReached() throws IOException, URISyntaxException {
        Path gold = resource("extraction/unseen/unseen.gold.json");
        QuoteScorer.Totals t = new QuoteScorer(gold).score(extractor, gold.getParent());
        // reached: recall 1.000 (7/7), precision 1.000, speaker accuracy 1.000 (CoreNLP's attribution with coref: 0.714)
        assertTrue(t.recall() >= 0.9, t.summary());
        assertTrue(t.speakerAccuracy() >= 0.9, t.summary());
    }

    @Test
    void corpusGoldFilesWithQuotesAreReported() throws IOException, URISyntaxException {
        URL corpus = getClass().getClassLoader().getResource("extraction/corpus");
        if (corpus == null) {
            return;
        }
        List<Path> golds;
        try (Stream<Path> files = Files.walk(Path.of(corpus.toURI()))) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
            QuoteScorer scorer = new QuoteScorer(gold);
            if (scorer.hasQuotes()) {
                System.out.println("== " + gold.getFileName());
                QuoteScorer.Totals t = scorer.score(extractor, gold.getParent());
                assertTrue(t.gold == 0 || t.matched > 0, gold + ": " + t.summary());
            }
        }
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getClassLoader().getResource(name).toURI());
    }
}
