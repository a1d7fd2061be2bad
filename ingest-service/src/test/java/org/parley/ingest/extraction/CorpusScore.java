package org.parley.ingest.extraction;

import org.parley.scoring.Score;

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

    static Score score(ArticleExtractor extractor, String part) {
        Score total = Score.NONE;
        for (Path set : sets(part)) {
            total = total.plus(GoldScorer.read(set.resolve("gold.json")).score(extractor, set));
        }
        return total;
    }

    /** The sets of one corpus part, each a directory of articles beside its {@code gold.json}, in name order. */
    public static List<Path> sets(String part) {
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
        Score score = switch (part) {
            case "unseen" -> GoldScorer.fromResource("extraction/unseen/unseen.gold.json").score(extractor,
                    Path.of(CorpusScore.class.getClassLoader().getResource("extraction/unseen").toURI()));
            case "seeds" -> GoldScorer.fromResource("extraction/seeds.gold.json")
                    .score(extractor, SeedExtractionScoreTest.seedsDir());
            default -> score(extractor, part);
        };
        System.out.print(score.report());
    }
}
