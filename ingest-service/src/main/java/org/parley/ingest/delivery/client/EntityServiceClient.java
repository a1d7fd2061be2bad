package org.parley.ingest.delivery.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.parley.ingest.auth.EntityServiceCredentials;

import java.util.UUID;

/** entity-service's delivery endpoint; idempotent on its side, so a retry after a lost answer is harmless. */
@RegisterRestClient(configKey = "entity-service")
@RegisterClientHeaders(EntityServiceCredentials.class)
@Path("/extractions")
public interface EntityServiceClient {

    @PUT
    @Path("/{articleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void deliver(@PathParam("articleId") UUID articleId, DeliveryPayload payload);
}
