package org.parley.ingest.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Extraction settings, prefix {@code parley.extraction}. */
@ConfigMapping(prefix = "parley.extraction")
public interface ExtractionConfig {

    /**
     * {@code parley.extraction.load-at-startup}: build the CoreNLP pipeline in the background as soon as the
     * application starts (the readiness check stays DOWN until it is built). When false it is built on the first
     * extraction, e.g. for test profiles that never extract.
     */
    @WithDefault("true")
    boolean loadAtStartup();
}
