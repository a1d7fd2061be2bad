package org.parley.entity.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two tokens at once and their rotation from the mounted Secret's files, without a restart. */
class WriteTokenTest {

    private static final String OLD = "old-write-token-0123456789";
    private static final String NEW = "new-write-token-9876543210";

    record Config(Optional<String> token, Optional<String> nextToken, Optional<Path> tokenDir,
                  Duration reloadInterval) implements AuthConfig {
    }

    @Test
    void theCurrentAndTheNextTokenAreBothAccepted() {
        WriteToken tokens = new WriteToken(new Config(Optional.of(OLD), Optional.of(NEW), Optional.empty(), Duration.ZERO));
        assertTrue(tokens.accepts("Bearer " + OLD));
        assertTrue(tokens.accepts("Bearer " + NEW));
        // tried: another token, a prefix of one, none after the scheme, no scheme
        assertFalse(tokens.accepts("Bearer other-write-token-000000"));
        assertFalse(tokens.accepts("Bearer " + NEW.substring(0, 20)));
        assertFalse(tokens.accepts("Bearer "));
        assertFalse(tokens.accepts(NEW));
    }

    @Test
    void withoutANextTokenAnEmptyOneIsStillRefused() {
        WriteToken tokens = new WriteToken(new Config(Optional.of(OLD), Optional.empty(), Optional.empty(), Duration.ZERO));
        assertTrue(tokens.accepts("Bearer " + OLD));
        assertFalse(tokens.accepts("Bearer "));
        assertFalse(tokens.accepts("Bearer  "));
    }

    @Test
    void aRotationThroughTheSecretsFilesNeedsNoRestart(@TempDir Path secret) throws IOException {
        Files.writeString(secret.resolve("token"), OLD + "\n");
        WriteToken tokens = new WriteToken(new Config(Optional.empty(), Optional.empty(), Optional.of(secret), Duration.ZERO));
        assertTrue(tokens.accepts("Bearer " + OLD));
        assertFalse(tokens.accepts("Bearer " + NEW));

        // 1. the new token is added as next-token: both are accepted
        Files.writeString(secret.resolve("next-token"), NEW);
        assertTrue(tokens.accepts("Bearer " + OLD));
        assertTrue(tokens.accepts("Bearer " + NEW));

        // 2. they swap: writers move to the new token, the old one still works
        Files.writeString(secret.resolve("token"), NEW);
        Files.writeString(secret.resolve("next-token"), OLD);
        assertTrue(tokens.accepts("Bearer " + NEW));
        assertTrue(tokens.accepts("Bearer " + OLD));

        // 3. the old one is removed
        Files.delete(secret.resolve("next-token"));
        assertTrue(tokens.accepts("Bearer " + NEW));
        assertFalse(tokens.accepts("Bearer " + OLD));
    }

    @Test
    void aBrokenRewriteOfTheFilesKeepsTheTokensInUse(@TempDir Path secret) throws IOException {
        Files.writeString(secret.resolve("token"), OLD);
        WriteToken tokens = new WriteToken(new Config(Optional.empty(), Optional.empty(), Optional.of(secret), Duration.ZERO));

        Files.writeString(secret.resolve("token"), "short");
        assertTrue(tokens.accepts("Bearer " + OLD), "a token under 16 characters is not taken");
        assertFalse(tokens.accepts("Bearer short"));

        Files.delete(secret.resolve("token"));
        assertTrue(tokens.accepts("Bearer " + OLD), "a missing token file is not taken");
    }

    @Test
    void theFilesAreReadAgainOnlyAfterTheReloadInterval(@TempDir Path secret) throws IOException {
        Files.writeString(secret.resolve("token"), OLD);
        WriteToken tokens = new WriteToken(new Config(Optional.empty(), Optional.empty(), Optional.of(secret),
                Duration.ofHours(1)));
        Files.writeString(secret.resolve("token"), NEW);
        assertTrue(tokens.accepts("Bearer " + OLD));
        assertFalse(tokens.accepts("Bearer " + NEW));
    }

    @Test
    void aServiceWithoutAUsableTokenDoesNotStart(@TempDir Path empty) {
        assertThrows(IllegalStateException.class, () -> new WriteToken(
                new Config(Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO)));
        assertThrows(IllegalStateException.class, () -> new WriteToken(
                new Config(Optional.of("too-short"), Optional.empty(), Optional.empty(), Duration.ZERO)));
        assertThrows(IllegalStateException.class, () -> new WriteToken(
                new Config(Optional.of(OLD), Optional.of("too-short"), Optional.empty(), Duration.ZERO)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new WriteToken(
                new Config(Optional.of(OLD), Optional.empty(), Optional.of(empty), Duration.ZERO)));
        assertTrue(e.getMessage().contains("no file 'token'"), e.getMessage());
    }
}
