package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.parley.ingest.normalise.ArticleNormaliser;
import org.parley.ingest.normalise.NormalisedArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Throughput of extraction on the seed articles repeated, beside CoreNLP's default NER pipeline. Not a test: run
 * it by hand (see docs/extraction.md):
 * <pre>
 * ./mvnw -o -q -pl ingest-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp ingest-service/target/classes:ingest-service/target/test-classes:$(cat ingest-service/target/cp.txt) \
 *      org.parley.ingest.extraction.ExtractionBenchmark [rounds=10] [threads=2]
 * </pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    record Article(String text, LocalDate published) {
    }

    private static long corpusTokens;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Article> seeds = new ArrayList<>();
        ArticleNormaliser normaliser = new ArticleNormaliser();
        try (Stream<Path> files = Files.list(SeedExtractionScoreTest.seedsDir())) {
            for (Path f : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                NormalisedArticle n = normaliser.normalise(Files.readString(f), null);
                seeds.add(new Article(n.text(), n.publishedOn()));
            }
        }
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            corpus.addAll(seeds);
        }
        System.out.printf("corpus: %d articles (%d seeds x %d), %d cores available%n", corpus.size(), seeds.size(),
                rounds, Runtime.getRuntime().availableProcessors());

        Properties tokenizeOnly = new Properties();
        tokenizeOnly.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokenizeOnly);
        for (Article a : corpus) {
            Annotation doc = annotation(a);
            tokenizer.annotate(doc);
            corpusTokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        System.out.printf("%d tokens, %.0f per article%n", corpusTokens, (double) corpusTokens / corpus.size());

        Properties coarseDefault = NlpPipelines.defaultNer();
        coarseDefault.setProperty("ner.applyFineGrained", "false");
        Properties extractionFine = NlpPipelines.extraction();
        extractionFine.setProperty("ner.applyFineGrained", "true");
        Properties extractionNoParse = NlpPipelines.extraction();
        extractionNoParse.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");

        annotateOnly("CoreNLP default NER pipeline (3 CRFs + fine-grained), 1 thread", NlpPipelines.defaultNer(), corpus);
        annotateOnly("CoreNLP default NER, fine-grained off, 1 thread", coarseDefault, corpus);
        annotateOnly("extraction annotators without depparse (1 CRF, no fine-grained, SUTime), 1 thread", extractionNoParse, corpus);
        annotateOnly("what extract() runs on every sentence (1 CRF, no fine-grained, no SUTime), 1 thread",
                NlpPipelines.extractionBeforeParse(), corpus);
        annotateOnly("extraction annotators with fine-grained NER on, 1 thread", extractionFine, corpus);
        annotateOnly("extraction annotators (1 CRF, no fine-grained, SUTime, depparse), every sentence, 1 thread",
                NlpPipelines.extraction(), corpus);

        ArticleExtractor extractor = ArticleExtractor.loadedNow();
        run("extract() (annotate + read actors/engagements), 1 thread", corpus, 1, a -> {
            Extraction x = extractor.extract(a.text(), a.published());
            return x.actors().size();
        }, seeds, extractor);
        run("extract(), " + threads + " threads sharing one pipeline", corpus, threads, a -> {
            extractor.extract(a.text(), a.published());
            return 0;
        }, seeds, extractor);
        run("normalise + extract(), " + threads + " threads", corpus, threads, a -> {
            extractor.extract(normaliser.normalise(a.text(), a.published()).text(), a.published());
            return 0;
        }, seeds, extractor);
    }

    /** One unit of work on an article. */
    interface Job {
        int apply(Article a) throws Exception;
    }

    private static void annotateOnly(String label, Properties props, List<Article> corpus) {
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        for (Article a : corpus.subList(0, Math.min(5, corpus.size()))) {
            nlp.annotate(annotation(a)); // warm-up
        }
        long tokens = 0;
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        for (Article a : corpus) {
            Annotation doc = annotation(a);
            nlp.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        report(label, corpus.size(), tokens, System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - c0);
        nlp = null;
        System.gc();
    }

    private static void run(String label, List<Article> corpus, int threads, Job job, List<Article> warm,
                            ArticleExtractor extractor) throws Exception {
        for (Article a : warm) {
            job.apply(a);
        }
        long tokens = corpusTokens;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        long cpu = 0;
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (Article a : corpus) {
                futures.add(pool.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    job.apply(a);
                    return CPU.getCurrentThreadCpuTime() - c0;
                }));
            }
            for (Future<Long> f : futures) {
                cpu += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        report(label, corpus.size(), tokens, System.nanoTime() - t0, cpu);
    }

    private static Annotation annotation(Article a) {
        Annotation doc = new Annotation(a.text());
        if (a.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
        }
        return doc;
    }

    /**
     * Wall-clock rates, and CPU time per article, which does not depend on what else the machine runs: on a
     * shared machine the CPU figures are the ones to compare; 1000 / cpu-ms is articles/s per idle core.
     */
    private static void report(String label, int articles, long tokens, long wallNanos, long cpuNanos) {
        double s = wallNanos / 1e9;
        double cpuMs = cpuNanos / 1e6 / articles;
        System.out.printf("%-80s wall %6.2f art/s %6.0f tok/s | cpu %5.0f ms/art = %5.2f art/s/core %6.0f tok/s/core%n",
                label, articles / s, tokens / s, cpuMs, 1000 / cpuMs, tokens / (cpuNanos / 1e9));
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
}
