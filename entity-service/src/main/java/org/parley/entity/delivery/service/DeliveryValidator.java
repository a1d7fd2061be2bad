package org.parley.entity.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.service.ActorResolver;
import org.parley.entity.delivery.model.ExtractionDelivery;
import org.parley.entity.delivery.model.ExtractionDelivery.ExtractedActor;
import org.parley.entity.delivery.model.ExtractionDelivery.ExtractedEngagement;
import org.parley.entity.delivery.model.ExtractionDelivery.ExtractedParticipant;
import org.parley.entity.delivery.model.ValidDelivery;
import org.parley.entity.engagement.model.DatePrecision;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.EngagementType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a delivery against the contract and turns it into typed values, naming the first problem it finds.
 *
 * <p>Sizes are bounded so that one delivery's transaction holds a bounded number of advisory locks: at most
 * {@value #MAX_NAME_LOCKS} name locks ({@link ActorResolver#lockKeys}) and two engagement-party locks per actor, so
 * 350 in all. PostgreSQL keeps every lock of every session in one shared table of
 * {@code max_locks_per_transaction} (64) x {@code max_connections} entries (6,400 at the defaults); a pool of 16
 * connections each running a delivery of the largest size takes 5,600 of them, never "out of shared memory". A
 * real article is far below the bounds (the longest extraction reads 10,000 tokens).
 */
@ApplicationScoped
public class DeliveryValidator {

    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_SENTENCE_LENGTH = 10_000;
    /** The most actors of one delivery. */
    static final int MAX_ACTORS = 100;
    /** The most distinct name locks one delivery's actors take (a person takes one per part of the name, plus one). */
    static final int MAX_NAME_LOCKS = 150;
    /** The most engagements (reports) of one delivery. */
    static final int MAX_ENGAGEMENTS = 500;
    /** The most participants of one engagement. */
    static final int MAX_PARTICIPANTS = 50;
    /** The most mentions (surface forms) of one actor. */
    static final int MAX_MENTIONS = 50;

    /** Validates {@code delivery} delivered at {@code /extractions/{pathArticleId}}. */
    public ValidDelivery validate(String pathArticleId, ExtractionDelivery delivery) {
        if (delivery == null) {
            throw new InvalidDeliveryException("body: a JSON extraction is required");
        }
        UUID articleId = uuid("articleId (path)", pathArticleId);
        if (delivery.articleId() == null) {
            throw new InvalidDeliveryException("articleId: missing");
        }
        if (!articleId.equals(uuid("articleId", delivery.articleId()))) {
            throw new InvalidDeliveryException("articleId: " + delivery.articleId()
                    + " does not match the article id in the path " + pathArticleId);
        }
        LocalDate publishedOn = delivery.publishedOn() == null ? null : date("publishedOn", delivery.publishedOn());
        if (delivery.actors() == null) {
            throw new InvalidDeliveryException("actors: missing (send [] when there are none)");
        }
        if (delivery.engagements() == null) {
            throw new InvalidDeliveryException("engagements: missing (send [] when there are none)");
        }
        bounded("actors", delivery.actors(), MAX_ACTORS);
        bounded("engagements", delivery.engagements(), MAX_ENGAGEMENTS);
        Map<String, ActorKind> kinds = new HashMap<>();
        List<ValidDelivery.Actor> actors = new ArrayList<>();
        for (int i = 0; i < delivery.actors().size(); i++) {
            actors.add(actor("actors[" + i + "]", delivery.actors().get(i), kinds));
        }
        for (int i = 0; i < actors.size(); i++) {
            ValidDelivery.Actor actor = actors.get(i);
            if (actor.affiliationRef() == null) {
                continue;
            }
            String field = "actors[" + i + "].affiliationRef";
            ActorKind affiliationKind = kinds.get(actor.affiliationRef());
            if (affiliationKind == null) {
                throw new InvalidDeliveryException(field + ": unknown actor ref '" + actor.affiliationRef() + "'");
            }
            if (affiliationKind == ActorKind.PERSON || actor.affiliationRef().equals(actor.ref())) {
                throw new InvalidDeliveryException(field + ": '" + actor.affiliationRef()
                        + "' must be another actor of kind COUNTRY or ORGANIZATION");
            }
        }
        List<ValidDelivery.Engagement> engagements = new ArrayList<>();
        for (int i = 0; i < delivery.engagements().size(); i++) {
            engagements.add(engagement("engagements[" + i + "]", delivery.engagements().get(i), kinds.keySet()));
        }
        String title = delivery.title() == null || delivery.title().isBlank() ? null : delivery.title().strip();
        ValidDelivery valid = new ValidDelivery(articleId, publishedOn, title, actors, engagements);
        long nameLocks = ActorResolver.lockKeys(valid).stream().distinct().count();
        if (nameLocks > MAX_NAME_LOCKS) {
            throw new InvalidDeliveryException("actors: their names take " + nameLocks + " name locks, more than "
                    + MAX_NAME_LOCKS + " (fewer actors or shorter names)");
        }
        return valid;
    }

    private static void bounded(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new InvalidDeliveryException(field + ": more than " + max + ", got " + values.size());
        }
    }

    private ValidDelivery.Actor actor(String field, ExtractedActor actor, Map<String, ActorKind> kinds) {
        if (actor == null) {
            throw new InvalidDeliveryException(field + ": null actor");
        }
        String ref = required(field + ".ref", actor.ref());
        String name = required(field + ".name", actor.name()).strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidDeliveryException(field + ".name: longer than " + MAX_NAME_LENGTH + " characters");
        }
        ActorKind kind = enumValue(field + ".kind", ActorKind.class, required(field + ".kind", actor.kind()));
        if (kinds.putIfAbsent(ref, kind) != null) {
            throw new InvalidDeliveryException(field + ".ref: duplicate ref '" + ref + "'");
        }
        bounded(field + ".mentions", actor.mentions(), MAX_MENTIONS);
        LinkedHashSet<String> mentions = new LinkedHashSet<>();
        mentions.add(name);
        if (actor.mentions() != null) {
            for (String mention : actor.mentions()) {
                if (mention != null && !mention.isBlank() && mention.strip().length() <= MAX_NAME_LENGTH) {
                    mentions.add(mention.strip());
                }
            }
        }
        String title = actor.title() == null || actor.title().isBlank() ? null : actor.title().strip();
        return new ValidDelivery.Actor(ref, name, kind, title, actor.affiliationRef(), List.copyOf(mentions));
    }

    private ValidDelivery.Engagement engagement(String field, ExtractedEngagement engagement, java.util.Set<String> refs) {
        if (engagement == null) {
            throw new InvalidDeliveryException(field + ": null engagement");
        }
        EngagementType type = enumValue(field + ".type", EngagementType.class,
                required(field + ".type", engagement.type()));
        EngagementStatus status = enumValue(field + ".status", EngagementStatus.class,
                required(field + ".status", engagement.status()));
        LocalDate start = null;
        LocalDate end = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        String dateText = null;
        if (engagement.date() != null) {
            var date = engagement.date();
            start = date.start() == null ? null : date(field + ".date.start", date.start());
            end = date.end() == null ? start : date(field + ".date.end", date.end());
            if (start == null && end != null) {
                throw new InvalidDeliveryException(field + ".date.start: missing while date.end is given");
            }
            if (start != null && end.isBefore(start)) {
                throw new InvalidDeliveryException(field + ".date.end: " + end + " is before date.start " + start);
            }
            precision = enumValue(field + ".date.precision", DatePrecision.class,
                    required(field + ".date.precision", date.precision()));
            if (start == null) {
                precision = DatePrecision.UNKNOWN;
            }
            dateText = date.text();
        }
        List<ExtractedParticipant> participants = engagement.participants();
        if (participants == null || participants.isEmpty()) {
            throw new InvalidDeliveryException(field + ".participants: at least one participant is required");
        }
        bounded(field + ".participants", participants, MAX_PARTICIPANTS);
        List<ValidDelivery.Participant> valid = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ExtractedParticipant participant = participants.get(i);
            String participantField = field + ".participants[" + i + "]";
            if (participant == null) {
                throw new InvalidDeliveryException(participantField + ": null participant");
            }
            String ref = required(participantField + ".actorRef", participant.actorRef());
            if (!refs.contains(ref)) {
                throw new InvalidDeliveryException(participantField + ".actorRef: unknown actor ref '" + ref + "'");
            }
            valid.add(new ValidDelivery.Participant(ref, participant.role()));
        }
        var evidence = engagement.evidence();
        if (evidence == null) {
            throw new InvalidDeliveryException(field + ".evidence: missing");
        }
        String sentence = required(field + ".evidence.sentence", evidence.sentence());
        if (sentence.length() > MAX_SENTENCE_LENGTH) {
            throw new InvalidDeliveryException(field + ".evidence.sentence: longer than " + MAX_SENTENCE_LENGTH);
        }
        if (evidence.start() == null || evidence.end() == null) {
            throw new InvalidDeliveryException(field + ".evidence: start and end offsets are required");
        }
        if (evidence.start() < 0 || evidence.end() < evidence.start()) {
            throw new InvalidDeliveryException(field + ".evidence: offsets must satisfy 0 <= start <= end, got "
                    + evidence.start() + ".." + evidence.end());
        }
        String location = engagement.location() == null || engagement.location().isBlank()
                ? null : engagement.location().strip();
        return new ValidDelivery.Engagement(type, status, start, end, precision, dateText, location, valid, sentence,
                evidence.start(), evidence.end());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDeliveryException(field + ": missing");
        }
        return value;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidDeliveryException(field + ": '" + value + "' is not a UUID");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidDeliveryException(field + ": '" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidDeliveryException(field + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
