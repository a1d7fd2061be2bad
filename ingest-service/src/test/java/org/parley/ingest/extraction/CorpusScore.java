package org.parley.ingest.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores one part of the extraction corpus (test resources {@code extraction/corpus/<part>/<set>/}, each set a
 * directory of articles with its {@code gold.json}) as one total. Run as a program to print the misses of the
 * development part: {@code CorpusScore dev}, of the first development set ({@code unseen}) or the seeds ({@code seeds}).
 */
public final class CorpusScore {

    private CorpusScore() {
    }

    static GoldScorer.Totals score(ArticleExtractor extractor, String part) {
        GoldScorer.Totals totals = new GoldScorer.Totals();
        for (Path set : sets(part)) {
            try {
                new GoldScorer(GoldScorer.read(set.resolve("gold.json"))).scoreArticles(extractor, set, totals);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return totals;
    }

    static List<Path> sets(String part) {
        try {
            Path root = Path.of(CorpusScore.class.getClassLoader().getResource("extraction/corpus/" + part).toURI());
            try (Stream<Path> dirs = Files.list(root)) {
                return dirs.filter(d -> Files.exists(d.resolve("gold.json"))).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code CorpusScore dev} (the default), {@code unseen} (the first development set of 12) or {@code seeds}. */
    public static void main(String[] args) throws IOException, URISyntaxException {
        String part = args.length > 0 ? args[0] : "dev";
        ArticleExtractor extractor = ArticleExtractor.loadedNow();
        GoldScorer.Totals totals = switch (part) {
            case "unseen" -> GoldScorer.fromResource("extraction/unseen/unseen.gold.json").scoreArticles(extractor,
                    Path.of(CorpusScore.class.getClassLoader().getResource("extraction/unseen").toURI()));
            case "seeds" -> GoldScorer.fromResource("extraction/seeds.gold.json")
                    .scoreArticles(extractor, SeedExtractionScoreTest.seedsDir());
            default -> score(extractor, part);
        };
        totals.report.forEach(System.out::println);
        System.out.println(totals.summary());
    }
}
