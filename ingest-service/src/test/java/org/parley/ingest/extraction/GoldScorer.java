package org.parley.ingest.extraction;

import org.parley.ingest.normalise.ArticleNormaliser;
import org.parley.scoring.GoldStandard;
import org.parley.scoring.GoldStandard.GoldArticle;
import org.parley.scoring.Score;
import org.parley.scoring.Scorer;
import org.parley.scoring.SystemEngagement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores extractions against a gold file with the one scorer (module {@code scoring}), one article at a time:
 * each article is normalised by the real {@link ArticleNormaliser}, extracted with its gold date, and its records
 * that the store would merge (same type, same participants, compatible dates) are collapsed first, as
 * entity-service does across sentences.
 */
final class GoldScorer {

    private final GoldStandard gold;

    GoldScorer(GoldStandard gold) {
        this.gold = gold;
    }

    static GoldScorer read(Path goldFile) {
        return new GoldScorer(GoldStandard.read(goldFile));
    }

    static GoldScorer fromResource(String resource) {
        try (InputStream in = GoldScorer.class.getClassLoader().getResourceAsStream(resource)) {
            return new GoldScorer(GoldStandard.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summed score of every article the gold file lists, read from {@code articlesDir}; each item is labelled
     * with its article's file. {@code -Dextraction.dump=1} prints each article's actors and engagements.
     */
    Score score(ArticleExtractor extractor, Path articlesDir) {
        Score total = Score.NONE;
        for (GoldArticle article : gold.articles()) {
            if (!selected(article.file())) {
                continue;
            }
            String text;
            try {
                text = storyText(Files.readString(articlesDir.resolve(article.file())), article.published());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Extraction x = extractor.extract(text, article.published());
            if (System.getProperty("extraction.dump") != null) {
                System.out.println("=== " + article.file());
                x.actors().forEach(a -> System.out.println("  " + a));
                x.engagements().forEach(e -> System.out.println("  " + e.type() + " " + e.status() + " "
                        + e.participants() + " " + e.date() + " @" + e.location() + " | " + e.evidence().sentence()));
            }
            total = total.plus(score(article.file(), x));
        }
        return total;
    }

    Score score(String file, Extraction x) {
        Map<String, ExtractedActor> byRef = x.actors().stream()
                .collect(Collectors.toMap(ExtractedActor::ref, Function.identity()));
        List<String> persons = x.actors().stream()
                .filter(a -> a.kind() == ExtractedActor.ActorKind.PERSON).map(ExtractedActor::name).toList();
        List<SystemEngagement> records = new ArrayList<>();
        for (ExtractedEngagement e : x.engagements()) {
            Set<String> names = new LinkedHashSet<>();
            e.participants().forEach(p -> names.add(byRef.get(p.actorRef()).name()));
            records.add(new SystemEngagement(e.type().name(), e.status().name(), e.date().start(), e.date().end(),
                    names, e.evidence().sentence()));
        }
        return Scorer.score(gold.forArticle(file), persons, collapse(records)).labelled(file);
    }

    /** {@code -Dextraction.only=af04,la0} limits a developer's run to articles whose file name starts so. */
    private static boolean selected(String file) {
        String only = System.getProperty("extraction.only");
        return only == null || Arrays.stream(only.split(",")).anyMatch(file::startsWith);
    }

    /** An article's story text as ingest stores it: the real normaliser's output. */
    static String storyText(String raw, LocalDate published) {
        return new ArticleNormaliser().normalise(raw, published).text();
    }

    /** Records the store would merge: same type and participants, compatible dates; the stronger status stays. */
    static List<SystemEngagement> collapse(List<SystemEngagement> in) {
        List<SystemEngagement> out = new ArrayList<>();
        for (SystemEngagement e : in) {
            boolean merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                SystemEngagement o = out.get(i);
                if (o.type().equals(e.type()) && o.participants().equals(e.participants()) && compatible(o, e)) {
                    SystemEngagement dated = o.start() != null ? o : e;
                    String status = SentenceMerger.stronger(ExtractedEngagement.Status.valueOf(o.status()),
                            ExtractedEngagement.Status.valueOf(e.status())).name();
                    out.set(i, new SystemEngagement(o.type(), status, dated.start(), dated.end(), o.participants(),
                            o.evidence()));
                    merged = true;
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean compatible(SystemEngagement a, SystemEngagement b) {
        if (a.start() == null || b.start() == null) {
            return true;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
