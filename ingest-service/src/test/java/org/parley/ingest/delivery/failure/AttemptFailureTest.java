package org.parley.ingest.delivery.failure;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.parley.ingest.delivery.failure.AttemptFailure.Kind;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AttemptFailureTest {

    @Test
    void aFourHundredIsARejectionButRateLimitsAndTimeoutsAreTransient() {
        assertEquals(Kind.REJECTED, AttemptFailure.ofDelivery(answer(400)).kind());
        assertEquals(Kind.REJECTED, AttemptFailure.ofDelivery(answer(413)).kind());
        assertEquals(Kind.REJECTED, AttemptFailure.ofDelivery(answer(422)).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(408)).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(429)).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(500)).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(503)).kind());
        // a refused token is the deployment's fault, not the article's: it waits for the fix like an outage
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(401)).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(answer(403)).kind());
    }

    @Test
    void refusedConnectionsAndTimeoutsAreTransientAndTheirReasonNamesNoHost() {
        AttemptFailure refused = AttemptFailure.ofDelivery(new ProcessingException(
                new ConnectException("Connection refused: entity-service.parley.svc.cluster.local/10.0.0.7:8082")));
        assertEquals(Kind.TRANSIENT, refused.kind());
        assertEquals("entity-service could not be reached", refused.reason());

        AttemptFailure slow = AttemptFailure.ofDelivery(new ProcessingException(
                new SocketTimeoutException("Read timed out from 10.0.0.7:8082")));
        assertEquals(Kind.TRANSIENT, slow.kind());
        assertEquals("entity-service did not answer in time", slow.reason());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofDelivery(new ProcessingException(new TimeoutException())).kind());
        assertFalse(refused.reason().contains("10.0.0.7") || slow.reason().contains("10.0.0.7"));
    }

    @Test
    void onlyTheExtractorFailingOnTheTextMakesAnArticleUnextractable() {
        assertEquals(Kind.UNEXTRACTABLE,
                AttemptFailure.ofExtraction(new IllegalStateException("no tokens at host db-7")).kind());
        assertFalse(AttemptFailure.ofExtraction(new IllegalStateException("no tokens at host db-7")).reason()
                .contains("db-7"));
        assertEquals(Kind.INTERRUPTED, AttemptFailure.ofExtraction(new RuntimeInterruptedException()).kind());
        assertEquals(Kind.INTERRUPTED, AttemptFailure.ofExtraction(
                new IllegalStateException("waiting", new InterruptedException())).kind());
        assertEquals(Kind.TRANSIENT, AttemptFailure.ofExtraction(
                new PersistenceException("commit failed", new SQLException("connection reset"))).kind());
    }

    private static WebApplicationException answer(int status) {
        return new WebApplicationException(Response.status(status).build());
    }
}
