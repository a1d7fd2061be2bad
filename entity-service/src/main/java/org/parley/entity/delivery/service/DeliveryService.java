package org.parley.entity.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.actor.service.ActorResolver;
import org.parley.entity.delivery.model.ExtractionDelivery;
import org.parley.entity.delivery.model.ValidDelivery;
import org.parley.entity.delivery.repository.ProcessedArticleRepository;
import org.parley.entity.engagement.service.EngagementRecorder;
import org.parley.entity.quote.service.QuoteRecorder;
import org.parley.entity.quote.service.QuoteValidator;
import org.parley.entity.quote.service.ValidQuote;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores one article's extraction: validate, claim the article, resolve actors, record engagements and quotes; one
 * transaction.
 */
@ApplicationScoped
public class DeliveryService {

    /** What a delivery did. {@code duplicate} is true when the article had been processed before. */
    public record Outcome(UUID articleId, boolean duplicate, Collection<Long> actorIds, Collection<Long> engagementIds) {
    }

    @Inject
    DeliveryValidator validator;
    @Inject
    ProcessedArticleRepository processedArticles;
    @Inject
    ActorResolver actorResolver;
    @Inject
    EngagementRecorder engagementRecorder;
    @Inject
    QuoteValidator quoteValidator;
    @Inject
    QuoteRecorder quoteRecorder;

    /** Validates and stores the delivery; a second delivery of the same article changes nothing. */
    @Transactional
    public Outcome deliver(String pathArticleId, ExtractionDelivery body) {
        ValidDelivery delivery = validator.validate(pathArticleId, body);
        List<ValidQuote> quotes = quoteValidator.validate(body.quotes(),
                delivery.actors().stream().map(ValidDelivery.Actor::ref).collect(Collectors.toSet()));
        if (!processedArticles.claim(delivery)) {
            return new Outcome(delivery.articleId(), true, List.of(), List.of());
        }
        ActorResolver.Resolution resolution = actorResolver.resolve(delivery);
        Map<String, Long> actorIds = resolution.ids();
        var engagementIds = engagementRecorder.record(delivery, actorIds, resolution.joinedInto());
        quoteRecorder.record(delivery.articleId(), delivery.publishedOn(), quotes, actorIds);
        return new Outcome(delivery.articleId(), false, actorIds.values().stream().distinct().toList(), engagementIds);
    }
}
