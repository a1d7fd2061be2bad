package org.parley.ingest.delivery;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.FakeEntityService;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ingest.support.ArticleQueries.awaitStatus;
import static org.parley.ingest.support.ArticleQueries.ingestStory;
import static org.parley.ingest.support.ArticleQueries.graphql;

/** Only text that cannot be extracted fails an article; a shutdown or a database error mid-extraction is retried. */
@QuarkusTest
class InterruptedExtractionTest {

    private ScriptedExtractor extractor;

    @BeforeEach
    void installScriptedExtractor() {
        extractor = new ScriptedExtractor(ArticleExtractor.loadedNow());
        QuarkusMock.installMockForType(extractor, ArticleExtractor.class);
    }

    @Test
    void anExtractionInterruptedByShutdownIsTakenUpAgain() throws Exception {
        String caseId = UUID.randomUUID().toString();
        CompletableFuture<Thread> blocked = extractor.blockUntilInterrupted(caseId);
        String id = ingestStory(caseId);

        // What ExecutorService.shutdownNow() does to a worker thread; CoreNLP answers it with this exception.
        blocked.get(60, TimeUnit.SECONDS).interrupt();

        awaitStatus(id, "PROCESSED")
                .body("data.article.attempts", equalTo(2))
                .body("data.article.failureReason", nullValue());
        assertEquals(1, FakeEntityService.received(id).size());
    }

    @Test
    void aDatabaseErrorDuringExtractionIsRetried() {
        String caseId = UUID.randomUUID().toString();
        extractor.failOnce(caseId, () -> new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        String id = ingestStory(caseId);

        awaitStatus(id, "PROCESSED").body("data.article.attempts", equalTo(2));
        assertEquals(1, FakeEntityService.received(id).size());
    }

    @Test
    void textTheExtractorCannotReadFailsTheArticleAtOnceAndRetryRunsItAgain() {
        String caseId = UUID.randomUUID().toString();
        extractor.failOnce(caseId, () -> new IllegalStateException("no sentence at offset 12 (parser state 0x7f)"));
        String id = ingestStory(caseId);

        awaitStatus(id, "FAILED")
                .body("data.article.attempts", equalTo(1))
                .body("data.article.failureReason", equalTo("Extraction failed on this article's text"));

        graphql("mutation { retryArticle(id: \"%s\") { status } }".formatted(id), Map.of())
                .body("data.retryArticle.status", equalTo("RECEIVED"));
        awaitStatus(id, "PROCESSED").body("data.article.attempts", equalTo(2));
        assertEquals(1, FakeEntityService.received(id).size());
    }

    /** The real extractor, except for texts naming a scripted case. */
    @Vetoed
    static class ScriptedExtractor extends ArticleExtractor {

        private final ArticleExtractor real;
        private final Map<String, Supplier<RuntimeException>> failures = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<Thread>> blocking = new ConcurrentHashMap<>();

        ScriptedExtractor(ArticleExtractor real) {
            this.real = real;
        }

        void failOnce(String caseId, Supplier<RuntimeException> failure) {
            failures.put(caseId, failure);
        }

        /** The first extraction of the case blocks until its thread is interrupted; completes with that thread. */
        CompletableFuture<Thread> blockUntilInterrupted(String caseId) {
            CompletableFuture<Thread> thread = new CompletableFuture<>();
            blocking.put(caseId, thread);
            return thread;
        }

        @Override
        public boolean isReady() {
            return real.isReady();
        }

        @Override
        public Extraction extract(String text, LocalDate publishedOn) {
            for (String caseId : failures.keySet()) {
                Supplier<RuntimeException> failure = text.contains(caseId) ? failures.remove(caseId) : null;
                if (failure != null) {
                    throw failure.get();
                }
            }
            for (String caseId : blocking.keySet()) {
                CompletableFuture<Thread> thread = text.contains(caseId) ? blocking.remove(caseId) : null;
                if (thread != null) {
                    thread.complete(Thread.currentThread());
                    try {
                        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RuntimeInterruptedException(e);
                    }
                }
            }
            return real.extract(text, publishedOn);
        }
    }
}
