package org.parley.ingest.delivery.failure;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why one attempt at processing an article failed and what that means for it (docs/reliability.md). {@code reason}
 * is shown to clients as {@code Article.failureReason}, so it never carries exception text or host names;
 * {@code detail} is the full story for logs and {@code delivery.last_error}.
 */
public record AttemptFailure(Kind kind, String reason, String detail) {

    /** The retry policy of each kind of failure. */
    public enum Kind {
        /**
         * entity-service down, slow or answering 5xx/408/429, refusing our token (401/403), or a database error:
         * retried with backoff, unbounded.
         */
        TRANSIENT,
        /** The worker was stopped mid-attempt (shutdown): the article goes back to the queue at once. */
        INTERRUPTED,
        /** entity-service refused the delivery (other 4xx): retried a bounded number of times, then FAILED. */
        REJECTED,
        /** The article's text cannot be extracted: FAILED at once. */
        UNEXTRACTABLE,
        /**
         * Extraction ran past {@code parley.ingest.worker.extraction-time-limit}: FAILED at once, since extraction is
         * deterministic and another attempt would take as long.
         */
        TIMED_OUT
    }

    private static final int MAX_MESSAGE = 300;
    private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A failure of the extraction step: only an error of the extractor itself on this text fails the article. */
    public static AttemptFailure ofExtraction(Throwable e) {
        if (interrupted(e)) {
            return interruption(e);
        }
        if (isDatabaseError(e)) {
            return database(e);
        }
        return new AttemptFailure(Kind.UNEXTRACTABLE, "Extraction failed on this article's text", e.toString());
    }

    /** A failure of {@code PUT /extractions/{id}} on entity-service. */
    public static AttemptFailure ofDelivery(Throwable e) {
        if (interrupted(e)) {
            return interruption(e);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 401 || status == 403) {
                // ingest's token is wrong, not the article: wait for the operator to fix it, as for an outage
                return new AttemptFailure(Kind.TRANSIENT, "entity-service refused ingest-service's credentials (HTTP "
                        + status + ")", e.toString());
            }
            if (status >= 400 && status < 500 && status != 408 && status != 425 && status != 429) {
                String message = messageOf(web.getResponse());
                return new AttemptFailure(Kind.REJECTED, "entity-service rejected the delivery (HTTP " + status + ")"
                        + (message.isEmpty() ? "" : ": " + message), e.toString());
            }
            return new AttemptFailure(Kind.TRANSIENT, "entity-service answered HTTP " + status, e.toString());
        }
        if (hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new AttemptFailure(Kind.TRANSIENT, "entity-service could not be reached", e.toString());
        }
        if (isTimeout(e)) {
            return new AttemptFailure(Kind.TRANSIENT, "entity-service did not answer in time", e.toString());
        }
        return new AttemptFailure(Kind.TRANSIENT, "Delivery to entity-service failed (I/O error)", e.toString());
    }

    /** A database error while loading or saving the article's state: the attempt is retried. */
    public static AttemptFailure database(Throwable e) {
        if (interrupted(e)) {
            return interruption(e);
        }
        return new AttemptFailure(Kind.TRANSIENT, "A database error interrupted processing", e.toString());
    }

    /** The extraction stored by an earlier attempt cannot be read back; extracting again is the only way on. */
    public static AttemptFailure unreadableExtraction(Throwable e) {
        return new AttemptFailure(Kind.UNEXTRACTABLE, "The stored extraction could not be read", e.toString());
    }

    /** Extraction of the article ran past the time limit. */
    public static AttemptFailure timedOut(Duration limit) {
        return new AttemptFailure(Kind.TIMED_OUT, "Extraction took longer than the limit of " + limit.toSeconds()
                + " s per article", "extraction ran past " + limit);
    }

    private static AttemptFailure interruption(Throwable e) {
        return new AttemptFailure(Kind.INTERRUPTED, "Interrupted by a shutdown; it will be processed again",
                e.toString());
    }

    private static boolean interrupted(Throwable e) {
        return Thread.currentThread().isInterrupted() || hasCause(e, InterruptedException.class)
                || hasCause(e, RuntimeInterruptedException.class)
                || (hasCause(e, InterruptedIOException.class) && !isTimeout(e));
    }

    private static boolean isDatabaseError(Throwable e) {
        return hasCause(e, PersistenceException.class) || hasCause(e, SQLException.class);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code message} of entity-service's JSON error body (its own validation text), shortened; or "". */
    private static String messageOf(Response response) {
        try {
            String body = response.readEntity(String.class);
            Matcher matcher = body == null ? null : JSON_MESSAGE.matcher(body);
            if (matcher == null || !matcher.find()) {
                return "";
            }
            String message = matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
