package org.parley.entity.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Write access settings ({@code parley.auth.*}). */
@ConfigMapping(prefix = "parley.auth")
public interface AuthConfig {

    /**
     * {@code parley.auth.token} (env {@code PARLEY_AUTH_TOKEN}, from the Secret {@code parley-write-token} in
     * Kubernetes): the bearer token ingest-service presents with each delivery.
     * Required unless {@code token-dir} is set; a token under 16 characters stops the service from starting.
     */
    Optional<String> token();

    /**
     * {@code parley.auth.next-token} (env {@code PARLEY_AUTH_NEXT_TOKEN}): a second token accepted as well, while a
     * rotation is under way (docs/reliability.md#rotating-the-token).
     */
    Optional<String> nextToken();

    /**
     * {@code parley.auth.token-dir} (env {@code PARLEY_AUTH_TOKEN_DIR}): a directory holding the files {@code token}
     * and, optionally, {@code next-token}, as the Secret {@code parley-write-token} mounted as a volume. When set, the
     * tokens are read from there instead, and read again when the files change, so a rotation needs no restart.
     */
    Optional<Path> tokenDir();

    /** {@code parley.auth.reload-interval}: how often, at most, the files of {@code token-dir} are read again. */
    @WithDefault("PT2S")
    Duration reloadInterval();
}
