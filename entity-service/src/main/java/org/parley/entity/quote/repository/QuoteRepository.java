package org.parley.entity.quote.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.quote.model.Quote;

/** Writes of quotes. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {
}
