package org.parley.ingest.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the CoreNLP models are loaded, so no traffic reaches a replica that would stall on them. */
@Readiness
@ApplicationScoped
public class ExtractionReadinessCheck implements HealthCheck {

    @Inject
    ArticleExtractor extractor;

    @Override
    public HealthCheckResponse call() {
        return extractor.isReady()
                ? HealthCheckResponse.named("extraction").up().build()
                : HealthCheckResponse.named("extraction").down().withData("reason", "models loading").build();
    }
}
