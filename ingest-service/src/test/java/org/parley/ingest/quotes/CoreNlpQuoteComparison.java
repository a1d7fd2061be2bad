package org.parley.ingest.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.NlpPipelines;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Developer tool: quote recall, speaker accuracy and CPU cost of Parley's rules (whole {@code extract()}) against
 * CoreNLP's {@code quote} annotator with {@code quote.attributeQuotes} (with and without coref) on a gold file.
 * Usage: {@code java -cp ... CoreNlpQuoteComparison GOLD_FILE [ROUNDS] [parley,coref,nocoref]}; the articles lie
 * beside the gold file.
 */
public final class CoreNlpQuoteComparison {

    private CoreNlpQuoteComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        QuoteScorer scorer = new QuoteScorer(gold);
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (var a : scorer.articles()) {
            LocalDate d = LocalDate.parse(a.get("published").asText());
            texts.add(QuoteScorer.normalised(gold.getParent().resolve(a.get("file").asText()), d));
            dates.add(d);
        }
        String which = args.length > 2 ? args[2] : "parley,coref,nocoref";
        if (which.contains("parley")) {
            report("parley rules (extract(): actors, engagements, quotes)",
                    QuoteScorer.of(ArticleExtractor.loadedNow()), scorer, gold, texts, dates, rounds);
        }
        if (which.contains("nocoref")) {
            report("corenlp quote + attribution, no coref", corenlp(false), scorer, gold, texts, dates, rounds);
        }
        if (which.replace("nocoref", "").contains("coref")) {
            report("corenlp quote + attribution, statistical coref", corenlp(true), scorer, gold, texts, dates, rounds);
        }
    }

    private static QuoteScorer.QuoteSystem corenlp(boolean coref) {
        Properties p = NlpPipelines.extraction();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (coref ? ",coref" : "") + ",quote");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.attribution.useCoref", Boolean.toString(coref));
        // the quote annotator declares coref as a requirement even when attribution is told not to use it
        p.setProperty("enforceRequirements", Boolean.toString(coref));
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        return (text, published) -> {
            Annotation doc = new Annotation(text);
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            nlp.annotate(doc);
            List<QuoteScorer.Found> out = new ArrayList<>();
            List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
            if (quotes == null) {
                return out;
            }
            for (CoreMap q : quotes) {
                String quoted = q.get(CoreAnnotations.TextAnnotation.class);
                int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                List<String> names = new ArrayList<>();
                String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
                String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
                if (canonical != null) {
                    names.add(canonical);
                }
                if (speaker != null) {
                    names.add(speaker);
                }
                // CoreNLP's quote text keeps the marks
                out.add(new QuoteScorer.Found(quoted.substring(1, Math.max(1, quoted.length() - 1)), begin + 1,
                        end - 1, names));
            }
            return out;
        };
    }

    private static void report(String name, QuoteScorer.QuoteSystem system, QuoteScorer scorer, Path gold,
                               List<String> texts, List<LocalDate> dates, int rounds) throws Exception {
        System.out.println("=== " + name);
        QuoteScorer.Totals t = scorer.score(system, gold.getParent());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                system.quotes(texts.get(i), dates.get(i));
            }
        }
        double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / (rounds * texts.size());
        System.out.printf("RESULT %s | %s | %.0f CPU ms/article%n", name, t.summary(), ms);
    }
}
