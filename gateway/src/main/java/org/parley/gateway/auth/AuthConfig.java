package org.parley.gateway.auth;

import io.smallrye.config.ConfigMapping;

/** Write access settings ({@code parley.auth.*}). */
@ConfigMapping(prefix = "parley.auth")
public interface AuthConfig {

    /**
     * {@code parley.auth.token} (env {@code PARLEY_AUTH_TOKEN}, from the Secret {@code parley-write-token} in
     * Kubernetes): the bearer token a client must present with a mutation. No default: the gateway does not start
     * without one.
     */
    String token();
}
