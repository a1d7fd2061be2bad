package org.parley.entity.auth;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The write tokens, checked against an {@code Authorization} header in constant time. Two are accepted at once, the
 * current one and the next, so that operators can rotate the token without a restart; with
 * {@code parley.auth.token-dir} both are read again from the mounted Secret when it changes
 * (docs/reliability.md#rotating-the-token). The three services keep this class alike.
 */
@Startup
@ApplicationScoped
public class WriteToken {

    /** Shorter tokens are refused: they could be guessed. */
    static final int MIN_LENGTH = 16;
    private static final String SCHEME = "Bearer ";
    private static final Logger LOG = Logger.getLogger(WriteToken.class);

    private final AuthConfig config;
    private volatile Tokens tokens;
    private volatile long nextReload;

    WriteToken(AuthConfig config) {
        this.config = config;
        this.tokens = read(config);
        this.nextReload = System.nanoTime() + config.reloadInterval().toNanos();
    }

    /** Whether {@code authorization} is {@code Bearer <a write token>}. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] presented = sha256(authorization.substring(SCHEME.length()).strip());
        Tokens valid = current();
        // Digests have one length, so MessageDigest.isEqual takes the same time whatever the caller sent; both
        // tokens are always compared, so the time does not tell which one matched either.
        boolean matchesCurrent = MessageDigest.isEqual(valid.current(), presented);
        boolean matchesNext = MessageDigest.isEqual(valid.next(), presented) & valid.hasNext();
        return matchesCurrent | matchesNext;
    }

    /** The tokens in force, read again from {@code token-dir} once the reload interval has passed. */
    private Tokens current() {
        if (config.tokenDir().isEmpty() || System.nanoTime() - nextReload < 0) {
            return tokens;
        }
        synchronized (this) {
            if (System.nanoTime() - nextReload >= 0) {
                nextReload = System.nanoTime() + config.reloadInterval().toNanos();
                try {
                    Tokens read = read(config);
                    if (!read.equals(tokens)) {
                        LOG.infof("Write tokens reloaded from %s (%s)", config.tokenDir().get(),
                                read.hasNext() ? "current and next" : "current only");
                        tokens = read;
                    }
                } catch (IllegalStateException e) {
                    LOG.errorf("Keeping the write tokens in use: %s", e.getMessage());
                }
            }
        }
        return tokens;
    }

    /** The tokens from {@code token-dir} if set, else from {@code token} and {@code next-token}. */
    static Tokens read(AuthConfig config) {
        Optional<Path> dir = config.tokenDir();
        String current = dir.map(d -> file(d.resolve("token"))).orElse(config.token())
                .orElseThrow(() -> new IllegalStateException(dir.isPresent()
                        ? "no file 'token' in parley.auth.token-dir " + dir.get()
                        : "parley.auth.token (PARLEY_AUTH_TOKEN) or parley.auth.token-dir must be set"));
        Optional<String> next = dir.isPresent() ? file(dir.get().resolve("next-token")) : config.nextToken();
        return new Tokens(valid(current, "token"), next.map(t -> valid(t, "next-token")));
    }

    private static Optional<String> file(Path path) {
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip()).filter(t -> !t.isEmpty());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String valid(String token, String name) {
        String stripped = token.strip();
        if (stripped.length() < MIN_LENGTH) {
            throw new IllegalStateException("the write " + name + " must have at least " + MIN_LENGTH + " characters");
        }
        return stripped;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The current token (presented to other services), its digest and the next token's; without a next token its
     * digest is that of "" and {@code hasNext} false, so that both comparisons always run.
     */
    record Tokens(String token, byte[] current, byte[] next, boolean hasNext) {

        Tokens(String token, Optional<String> next) {
            this(token, sha256(token), sha256(next.orElse("")), next.isPresent());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tokens t && token.equals(t.token) && hasNext == t.hasNext
                    && MessageDigest.isEqual(next, t.next);
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }
    }
}
