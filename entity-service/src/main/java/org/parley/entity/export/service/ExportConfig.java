package org.parley.entity.export.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Export settings ({@code parley.export.*}). */
@ConfigMapping(prefix = "parley.export")
public interface ExportConfig {

    /** {@code parley.export.chunk-size}: engagements read, coded and written per round trip to the database. */
    @WithDefault("500")
    int chunkSize();

    /** {@code parley.export.max-duration}: how long one export's read-only transaction may stay open. */
    @WithDefault("2h")
    Duration maxDuration();
}
