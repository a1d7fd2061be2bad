package org.parley.ingest.support;

import io.quarkus.test.common.QuarkusTestResource;
import org.parley.devpostgres.LocalPostgresTestResource;

/** Every @QuarkusTest of this module runs against a real PostgreSQL and the fake entity-service. */
@QuarkusTestResource(LocalPostgresTestResource.class)
@QuarkusTestResource(FakeEntityService.class)
public final class IngestTestResources {

    private IngestTestResources() {
    }
}
