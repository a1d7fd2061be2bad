package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.ingest.quotes.QuoteReader;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads actors and engagements out of a normalised news story with Stanford CoreNLP. The pipeline is built once
 * (in the background at application start) and shared: {@link #extract} is safe to call from many threads.
 */
@ApplicationScoped
public class ArticleExtractor {

    private static final Logger LOG = Logger.getLogger(ArticleExtractor.class);

    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    private boolean loading;

    /** For CDI: the pipeline is built by {@link #onStart} in a background thread. */
    public ArticleExtractor() {
    }

    private ArticleExtractor(Loaded now) {
        loaded.complete(now);
    }

    /** An extractor whose pipeline is built now, in this thread (tests, tools). */
    public static ArticleExtractor loadedNow() {
        return new ArticleExtractor(Loaded.build());
    }

    void onStart(@Observes StartupEvent event, ExtractionConfig config) {
        if (config.loadAtStartup()) {
            startLoading();
        }
    }

    /** Starts building the pipeline in a background thread unless it is built or being built. */
    synchronized void startLoading() {
        if (loaded.isDone() || loading) {
            return;
        }
        loading = true;
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                loaded.complete(Loaded.build());
                LOG.infof("CoreNLP pipeline ready in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (Throwable e) {
                LOG.error("CoreNLP pipeline failed to load", e);
                loaded.completeExceptionally(e);
            }
        }, "corenlp-loader");
        t.setDaemon(true);
        t.start();
    }

    /** True once the CoreNLP models are loaded and extraction can run without waiting. */
    public boolean isReady() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    /**
     * Extracts from a normalised story.
     *
     * @param fullText    the normalised story text; evidence and quote offsets refer to it. Only its first
     *                    {@value TokenCap#MAX_TOKENS} tokens are read (whole sentences, {@link TokenCap}).
     * @param publishedOn the article's date, anchoring relative dates; null leaves relative dates unresolved
     */
    public Extraction extract(String fullText, LocalDate publishedOn) {
        if (fullText == null) {
            throw new IllegalArgumentException("text is required");
        }
        Loaded l = await();
        String text = l.cap.apply(fullText);
        if (text.length() < fullText.length()) {
            LOG.infof("Extraction reads the first %d of %d characters (%d tokens at most)", text.length(),
                    fullText.length(), TokenCap.MAX_TOKENS);
        }
        Annotation doc = new Annotation(Datelines.setApart(text));
        if (publishedOn != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, publishedOn.toString());
        }
        l.pipeline.annotate(doc);
        SentenceDates dates = new SentenceDates(l.sutime, doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            if (TriggerFinder.mayReport(sentence.get(CoreAnnotations.TokensAnnotation.class), Lexicon.shared(),
                    Constructions.shared())) {
                dates.tag(i);
                sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                        parse(l, sentence));
            }
        }
        DocumentReader reader = new DocumentReader(doc, text, publishedOn, l.gazetteer, dates);
        Extraction extraction = reader.read();
        // sentences with a quote but no trigger are parsed here, after engagements were read, so that reading
        // engagements never sees them
        return extraction.withQuotes(QuoteReader.read(text, reader.quoteSpeakers(i -> parse(l, sentences.get(i)))));
    }

    private static SemanticGraph parse(Loaded l, CoreMap sentence) {
        GrammaticalStructure parse = l.parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    private Loaded await() {
        startLoading();
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the CoreNLP pipeline", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP pipeline failed to load: " + e.getCause(), e.getCause());
        }
    }

    /** The loaded models are immutable and thread-safe, so one copy per JVM serves every extractor (≈1 GB saved each). */
    private record Loaded(StanfordCoreNLP pipeline, TimeExpressionExtractor sutime, DependencyParser parser,
                          Gazetteer gazetteer, TokenCap cap) {
        private static Loaded shared;

        static synchronized Loaded build() {
            if (shared == null) {
                shared = new Loaded(NlpPipelines.build(NlpPipelines.extractionBeforeParse()), NlpPipelines.dates(),
                        NlpPipelines.parser(), Gazetteer.load(), new TokenCap(TokenCap.MAX_TOKENS));
            }
            return shared;
        }
    }
}
