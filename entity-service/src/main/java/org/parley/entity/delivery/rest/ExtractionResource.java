package org.parley.entity.delivery.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parley.entity.delivery.model.ExtractionDelivery;
import org.parley.entity.delivery.service.DeliveryService;

/** Receives an article's extraction from ingest-service; answers only once it is committed. */
@Path("/extractions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    @Inject
    DeliveryService deliveries;

    @PUT
    @Path("/{articleId}")
    public DeliveryService.Outcome deliver(@PathParam("articleId") String articleId, ExtractionDelivery body) {
        return deliveries.deliver(articleId, body);
    }
}
