package org.parley.entity.quote.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.quote.model.Quote;

/** Writes of quotes. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {

    /** Attributes the absorbed actor's quotes to the actor it was found to be. */
    public void replaceSpeaker(long absorbedId, long survivorId) {
        update("speakerId = ?1 where speakerId = ?2", survivorId, absorbedId);
    }
}
