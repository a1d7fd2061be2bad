package org.parley.ingest.auth;

import io.smallrye.config.ConfigMapping;

/** Write access settings ({@code parley.auth.*}). */
@ConfigMapping(prefix = "parley.auth")
public interface AuthConfig {

    /**
     * {@code parley.auth.token} (env {@code PARLEY_AUTH_TOKEN}, from the Secret {@code parley-write-token} in
     * Kubernetes): the bearer token a caller must present to write, and the one this service presents to
     * entity-service when it delivers. No default: the service does not start without one.
     */
    String token();
}
