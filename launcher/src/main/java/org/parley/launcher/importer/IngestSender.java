package org.parley.launcher.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts one article to ingest-service's {@code POST /articles} with the write token; retries connection errors, 401,
 * 429 and 5xx with exponential backoff, never another 4xx.
 */
public final class IngestSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI articles;
    private final String token;
    private final int attempts;
    private final Duration firstBackoff;

    /** A sender to the ingest-service at {@code baseUrl} trying each article up to {@code attempts} times. */
    public IngestSender(String baseUrl, String token, int attempts, Duration firstBackoff) {
        this.articles = URI.create(baseUrl.replaceAll("/+$", "") + "/articles");
        this.token = token;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    public URI endpoint() {
        return articles;
    }

    public Outcome send(ArticleFields article) throws InterruptedException {
        String body;
        try {
            body = JSON.writeValueAsString(article.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(articles)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String lastProblem = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                long base = firstBackoff.toMillis() << Math.min(attempt - 2, 10);
                // jitter, so that the in-flight requests of a restarting service do not all come back at once
                Thread.sleep(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                lastProblem = "no answer: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
                continue;
            }
            int status = response.statusCode();
            if (status == 201) {
                return Outcome.of(Outcome.Kind.ACCEPTED);
            }
            if (status == 200) {
                return Outcome.of(Outcome.Kind.DUPLICATE);
            }
            if (status >= 400 && status < 500 && status != 429 && status != 401) {
                return Outcome.of(Outcome.Kind.REJECTED, reason(status, response.body()));
            }
            // a 401 is retried: while the token is rotated a request may meet a pod that still has the old one
            lastProblem = reason(status, response.body());
            if (status == 401 && attempt == attempts) {
                return new Outcome(Outcome.Kind.FAILED, lastProblem + " (the write token was refused " + attempts
                        + " times)", true);
            }
        }
        return Outcome.of(Outcome.Kind.FAILED, lastProblem + " (after " + attempts + " attempts)");
    }

    /** "HTTP 422 ARTICLE_REJECTED: EMPTY: text is empty ..." from the service's error body {@code {code, rule, message}}. */
    static String reason(int status, String body) {
        StringBuilder reason = new StringBuilder("HTTP ").append(status);
        try {
            JsonNode error = JSON.readTree(body);
            String message = error != null && error.hasNonNull("message") ? error.get("message").asText() : "";
            if (error != null && error.hasNonNull("code")) {
                reason.append(' ').append(error.get("code").asText());
            }
            // the rule, unless the message begins with it already ("EMPTY: text is empty ...")
            if (error != null && error.hasNonNull("rule") && !message.startsWith(error.get("rule").asText())) {
                reason.append(' ').append(error.get("rule").asText());
            }
            if (!message.isEmpty()) {
                reason.append(": ").append(message);
            }
        } catch (IOException | RuntimeException notJson) {
            String start = body == null ? "" : body.strip();
            if (!start.isEmpty()) {
                reason.append(": ").append(start, 0, Math.min(start.length(), 200));
            }
        }
        return reason.toString().replaceAll("\\s+", " ");
    }
}
