package org.parley.ingest.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.normalise.ArticleNormaliser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores quotes against any gold file in the shared format whose articles carry a {@code quotes} list of
 * {@code {"text", "speaker"}} (speaker a canonical actor name of the file's {@code actors}, or null). Each article is
 * normalised by the real {@link ArticleNormaliser} and extracted with its gold date. A system quote matches a gold
 * one (one to one, in text order) when their words are equal, or one contains the other and is at least half as
 * long, or the gold gives at least {@value #OPENING_WORDS} opening words of the system's quote (case, spacing and the
 * punctuation at either end ignored). Speaker accuracy counts matched pairs whose
 * speaker is the gold one (by canonical name or alias) or both none.
 */
public final class QuoteScorer {

    /** Totals over the scored articles. */
    public static final class Totals {
        int gold, system, matched, speakerOk;
        final List<String> report = new ArrayList<>();

        /** Adds another set's counts to these (its report lines are not kept). */
        public Totals plus(Totals o) {
            gold += o.gold;
            system += o.system;
            matched += o.matched;
            speakerOk += o.speakerOk;
            return this;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double precision() {
            return system == 0 ? 1 : (double) matched / system;
        }

        public double speakerAccuracy() {
            return matched == 0 ? 1 : (double) speakerOk / matched;
        }

        public String summary() {
            return String.format(Locale.ROOT, "quotes: recall %.3f (%d/%d), precision %.3f (%d/%d), "
                            + "speaker accuracy %.3f (%d/%d matched)", recall(), matched, gold, precision(), matched,
                    system, speakerAccuracy(), speakerOk, matched);
        }
    }

    private final JsonNode gold;
    private final Map<String, String> canonicalByFolded = new HashMap<>();

    public QuoteScorer(Path goldFile) throws IOException {
        this.gold = new ObjectMapper().readTree(goldFile.toFile());
        gold.path("actors").fields().forEachRemaining(e -> {
            canonicalByFolded.put(fold(e.getKey()), e.getKey());
            e.getValue().path("aliases").forEach(a -> canonicalByFolded.putIfAbsent(fold(a.asText()), e.getKey()));
        });
    }

    /** Whether any article of the gold file is annotated with quotes. */
    public boolean hasQuotes() {
        for (JsonNode a : gold.path("articles")) {
            if (a.has("quotes")) {
                return true;
            }
        }
        return false;
    }

    /** A quote some system found, with every name its speaker goes by (none when it has no speaker). */
    public record Found(String text, int start, int end, List<String> speakerNames) {
    }

    /** Reads the quotes of one normalised article with its date. */
    @FunctionalInterface
    public interface QuoteSystem {
        List<Found> quotes(String text, LocalDate published);
    }

    /** Parley's extraction as a {@link QuoteSystem}: a speaker goes by its name and every mention. */
    public static QuoteSystem of(ArticleExtractor extractor) {
        return (text, published) -> {
            Extraction x = extractor.extract(text, published);
            List<Found> out = new ArrayList<>();
            for (ExtractedQuote q : x.quotes()) {
                List<String> names = new ArrayList<>();
                x.actors().stream().filter(a -> a.ref().equals(q.speakerRef())).findFirst().ifPresent(a -> {
                    names.add(a.name());
                    names.addAll(a.mentions());
                });
                out.add(new Found(q.text(), q.start(), q.end(), names));
            }
            return out;
        };
    }

    /** Scores every article with a {@code quotes} list, read from {@code articlesDir}. */
    public Totals score(ArticleExtractor extractor, Path articlesDir) throws IOException {
        return score(of(extractor), articlesDir);
    }

    /** Scores {@code system} on every article with a {@code quotes} list, read from {@code articlesDir}. */
    public Totals score(QuoteSystem system, Path articlesDir) throws IOException {
        Totals t = scoreQuietly(system, articlesDir);
        t.report.forEach(System.out::println);
        System.out.println(t.summary());
        return t;
    }

    /** As {@link #score(ArticleExtractor, Path)}, printing nothing: for the frozen parts, whose misses stay unread. */
    public Totals scoreQuietly(ArticleExtractor extractor, Path articlesDir) throws IOException {
        return scoreQuietly(of(extractor), articlesDir);
    }

    private Totals scoreQuietly(QuoteSystem system, Path articlesDir) throws IOException {
        Totals t = new Totals();
        for (JsonNode article : gold.path("articles")) {
            if (!article.has("quotes")) {
                continue;
            }
            String file = article.get("file").asText();
            LocalDate published = LocalDate.parse(article.get("published").asText());
            String text = normalised(articlesDir.resolve(file), published);
            score(file, text, article.get("quotes"), system.quotes(text, published), t);
        }
        return t;
    }

    /** The article's text as ingest stores it: the real normaliser's output. */
    public static String normalised(Path file, LocalDate published) throws IOException {
        return new ArticleNormaliser().normalise(Files.readString(file), published).text();
    }

    /** The gold file's article entries that have quotes. */
    public List<JsonNode> articles() {
        List<JsonNode> out = new ArrayList<>();
        gold.path("articles").forEach(a -> {
            if (a.has("quotes")) {
                out.add(a);
            }
        });
        return out;
    }

    private void score(String file, String text, JsonNode goldQuotes, List<Found> system, Totals t) {
        t.system += system.size();
        Set<Found> used = new HashSet<>();
        for (JsonNode g : goldQuotes) {
            t.gold++;
            String goldText = g.get("text").asText();
            String goldSpeaker = g.path("speaker").isNull() || g.path("speaker").isMissingNode() ? null
                    : g.get("speaker").asText();
            Optional<Found> match = system.stream().filter(q -> !used.contains(q))
                    .filter(q -> sameWords(q.text(), goldText)).findFirst();
            if (match.isEmpty()) {
                t.report.add(file + " MISSED quote \"" + goldText + "\" (" + goldSpeaker + ")");
                continue;
            }
            Found q = match.get();
            used.add(q);
            t.matched++;
            String at = text.substring(q.start(), q.end());
            String words = q.text().strip();
            if (!at.startsWith(words.substring(0, Math.min(8, words.length())))
                    || !at.endsWith(words.substring(Math.max(0, words.length() - 8)))) {
                t.report.add(file + " OFFSETS do not point at \"" + q.text() + "\"");
            }
            if (sameSpeaker(q.speakerNames(), goldSpeaker)) {
                t.speakerOk++;
            } else {
                t.report.add(file + " SPEAKER of \"" + goldText + "\": " + q.speakerNames() + ", gold " + goldSpeaker);
            }
        }
        for (Found q : system) {
            if (!used.contains(q)) {
                t.report.add(file + " SPURIOUS quote \"" + q.text() + "\"");
            }
        }
    }

    private boolean sameSpeaker(List<String> system, String gold) {
        if (gold == null || system.isEmpty()) {
            return gold == null && system.isEmpty();
        }
        String wanted = canonical(gold);
        return system.stream().anyMatch(name -> canonical(name).equals(wanted));
    }

    private String canonical(String name) {
        return canonicalByFolded.getOrDefault(fold(name), fold(name));
    }

    static boolean sameWords(String system, String gold) {
        String a = words(system);
        String b = words(gold);
        if (a.equals(b)) {
            return true;
        }
        if (b.split(" ").length >= OPENING_WORDS && a.startsWith(b)) {
            return true; // the gold gives a long quote by its opening words
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() * 2 >= longer.length();
    }

    /** How many opening words of a quotation identify it in a gold file. */
    static final int OPENING_WORDS = 5;

    private static String words(String s) {
        String t = s.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("\\s+", " ").strip();
    }
}
