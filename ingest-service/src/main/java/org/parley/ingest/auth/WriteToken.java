package org.parley.ingest.auth;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The configured write token, checked against an {@code Authorization} header in constant time. */
@Startup
@ApplicationScoped
public class WriteToken {

    /** Shorter tokens are refused at start-up: they could be guessed. */
    static final int MIN_LENGTH = 16;
    private static final String SCHEME = "Bearer ";

    private final String token;
    private final byte[] expected;

    WriteToken(AuthConfig config) {
        token = config.token().strip();
        if (token.length() < MIN_LENGTH) {
            throw new IllegalStateException("parley.auth.token must have at least " + MIN_LENGTH + " characters");
        }
        expected = sha256(token);
    }

    /** Whether {@code authorization} is {@code Bearer <the write token>}. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        // Digests have one length, so MessageDigest.isEqual takes the same time whatever the caller sent.
        return MessageDigest.isEqual(expected, sha256(authorization.substring(SCHEME.length()).strip()));
    }

    /** The header value this service sends when it writes to another service. */
    public String header() {
        return SCHEME + token;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
