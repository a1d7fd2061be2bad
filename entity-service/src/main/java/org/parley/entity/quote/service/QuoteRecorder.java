package org.parley.entity.quote.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.quote.model.Quote;
import org.parley.entity.quote.repository.QuoteRepository;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stores an article's quotes, speakers mapped to the canonical actors the delivery's refs resolved to. */
@ApplicationScoped
public class QuoteRecorder {

    @Inject
    QuoteRepository quotes;

    /** Runs inside the delivery's transaction, after the article was claimed (so once per article). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(UUID articleId, LocalDate publishedOn, List<ValidQuote> found, Map<String, Long> actorIds) {
        Set<Integer> starts = new HashSet<>();
        int n = 0;
        for (ValidQuote q : found) {
            if (!starts.add(q.start())) {
                continue; // one quote per position
            }
            Quote quote = new Quote();
            quote.articleId = articleId;
            quote.speakerId = q.speakerRef() == null ? null : actorIds.get(q.speakerRef());
            quote.text = q.text();
            quote.startOffset = q.start();
            quote.endOffset = q.end();
            quote.saidOn = q.saidOn() != null ? q.saidOn() : publishedOn;
            quote.sortDate = quote.saidOn != null ? quote.saidOn : LocalDate.now();
            quotes.persist(quote);
            n++;
        }
        return n;
    }
}
