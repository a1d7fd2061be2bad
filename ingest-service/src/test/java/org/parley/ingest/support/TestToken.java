package org.parley.ingest.support;

/** The write token of the test profile ({@code %test.parley.auth.token}). */
public final class TestToken {

    public static final String VALUE = "test-write-token-0123456789";

    private TestToken() {
    }
}
