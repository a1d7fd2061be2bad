package org.parley.entity.actor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.actor.model.Actor;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.model.ActorOffice;
import org.parley.entity.actor.repository.ActorOfficeRepository;
import org.parley.entity.actor.repository.ActorRepository;
import org.parley.entity.delivery.model.ValidDelivery;
import org.parley.entity.delivery.repository.AdvisoryLocks;
import org.parley.entity.mergelog.model.MergeSubject;
import org.parley.entity.mergelog.repository.MergeLogRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps the actors of one delivery to canonical actors, creating those not seen before. Every time a surface form
 * is attached to an existing actor under a different spelling, the rule and its evidence go to the merge log.
 * <p>
 * Rules, strongest first: countries and organisations by gazetteer form or folded name; people by full-name
 * transliteration key, by an alias with that key, by a given-name variant or subset of the same surname and a
 * compatible affiliation; a surname alone resolves to a full name of the same article, or across articles only
 * when affiliation agrees and the title does not conflict, and to exactly one candidate.
 */
@ApplicationScoped
public class ActorResolver {

    @Inject
    ActorRepository actors;
    @Inject
    ActorOfficeRepository offices;
    @Inject
    MergeLogRepository mergeLog;
    @Inject
    AdvisoryLocks locks;

    /** A non-person's identity: what kind it really is, its canonical name and its unique key. */
    record Identity(ActorKind kind, String canonicalName, String matchKey, boolean fromGazetteer) {
    }

    /** Resolves every actor of the delivery; returns actor ids by the delivery's refs. Needs the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> resolve(ValidDelivery delivery) {
        locks.lockAll(lockKeys(delivery));
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, ValidDelivery.Actor> byRef = new HashMap<>();
        delivery.actors().forEach(actor -> byRef.put(actor.ref(), actor));

        for (ValidDelivery.Actor actor : delivery.actors()) {
            if (actor.kind() != ActorKind.PERSON) {
                ids.put(actor.ref(), resolveNonPerson(delivery.articleId(), actor));
            }
        }
        List<ValidDelivery.Actor> surnameOnly = new ArrayList<>();
        for (ValidDelivery.Actor actor : delivery.actors()) {
            if (actor.kind() == ActorKind.PERSON) {
                if (NameKeys.words(actor.name()).size() >= 2) {
                    ids.put(actor.ref(), resolveFullName(delivery.articleId(), actor, affiliation(actor, ids)));
                } else {
                    surnameOnly.add(actor);
                }
            }
        }
        for (ValidDelivery.Actor actor : surnameOnly) {
            Optional<ValidDelivery.Actor> fullName = sameArticleFullName(actor, delivery.actors(), ids);
            if (fullName.isPresent()) {
                long id = ids.get(fullName.get().ref());
                ids.put(actor.ref(), id);
                mergeLog.record(MergeSubject.ACTOR, id, delivery.articleId(), actor.name(), "SAME_ARTICLE_SURNAME",
                        "'" + actor.name() + "' is the surname of '" + fullName.get().name()
                                + "', the only person of that surname in the article");
            } else {
                ids.put(actor.ref(), resolveSurnameOnly(delivery.articleId(), actor, affiliation(actor, ids)));
            }
        }
        for (ValidDelivery.Actor actor : delivery.actors()) {
            long id = ids.get(actor.ref());
            actors.addAliases(id, actor.mentions());
            actors.linkArticle(delivery.articleId(), id);
            if (actor.kind() == ActorKind.PERSON && (actor.title() != null || actor.affiliationRef() != null)) {
                recordOffice(id, delivery, actor.title(), affiliation(actor, ids));
            }
        }
        actors.flush();
        return ids;
    }

    /** Names this delivery resolves against: serialises concurrent deliveries that could create the same actor. */
    static List<String> lockKeys(ValidDelivery delivery) {
        List<String> keys = new ArrayList<>();
        for (ValidDelivery.Actor actor : delivery.actors()) {
            if (actor.kind() == ActorKind.PERSON) {
                keys.add("person:" + surnameKey(actor.name()));
            } else {
                Identity identity = identify(actor);
                keys.add("actor:" + identity.kind() + ":" + identity.matchKey());
            }
        }
        return keys;
    }

    static Identity identify(ValidDelivery.Actor actor) {
        Optional<Gazetteer.Place> place = actor.kind() == ActorKind.COUNTRY
                ? Gazetteer.lookupAny(actor.mentions())
                : Gazetteer.lookup(actor.name());
        if (place.isPresent()) {
            return new Identity(place.get().kind(), place.get().canonicalName(),
                    NameKeys.fold(place.get().canonicalName()), true);
        }
        return new Identity(actor.kind(), actor.name(), NameKeys.fold(actor.name()), false);
    }

    private static String surnameKey(String name) {
        List<String> keys = NameKeys.wordKeys(name);
        return keys.isEmpty() ? NameKeys.fold(name) : NameKeys.surnameKey(keys);
    }

    private static Long affiliation(ValidDelivery.Actor actor, Map<String, Long> ids) {
        return actor.affiliationRef() == null ? null : ids.get(actor.affiliationRef());
    }

    private long resolveNonPerson(UUID articleId, ValidDelivery.Actor actor) {
        Identity identity = identify(actor);
        ActorRepository.Upserted upserted = actors.upsert(identity.kind(), identity.canonicalName(),
                identity.matchKey(), null);
        if (!upserted.created() && !NameKeys.fold(actor.name()).equals(identity.matchKey())) {
            mergeLog.record(MergeSubject.ACTOR, upserted.id(), articleId, actor.name(),
                    identity.fromGazetteer() ? "GAZETTEER_FORM" : "FOLDED_NAME",
                    "'" + actor.name() + "' (" + actor.kind() + ") is a form of '" + identity.canonicalName() + "'");
        }
        return upserted.id();
    }

    private long resolveFullName(UUID articleId, ValidDelivery.Actor person, Long affiliationId) {
        List<String> keys = NameKeys.wordKeys(person.name());
        String key = String.join(" ", keys);
        String surname = NameKeys.surnameKey(keys);

        Optional<Actor> sameKey = actors.findByMatchKey(ActorKind.PERSON, key);
        if (sameKey.isPresent()) {
            Actor existing = sameKey.get();
            if (!existing.name.equals(person.name())) {
                boolean sameFolded = NameKeys.fold(existing.name).equals(NameKeys.fold(person.name()));
                mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(),
                        sameFolded ? "UNICODE_FOLDING" : "TRANSLITERATION_KEY",
                        "'" + person.name() + "' and '" + existing.name + "' share the name key '" + key + "'");
            }
            return existing.id;
        }
        List<Actor> byAlias = actors.findByAliasKey(ActorKind.PERSON, key);
        if (byAlias.size() == 1) {
            Actor existing = byAlias.get(0);
            mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), "ALIAS_KEY",
                    "'" + person.name() + "' matches a known alias of '" + existing.name + "' (key '" + key + "')");
            return existing.id;
        }
        List<Actor> variants = new ArrayList<>();
        for (Actor candidate : actors.findBySurnameKey(ActorKind.PERSON, surname)) {
            List<String> candidateKeys = NameKeys.wordKeys(candidate.name);
            if (candidateKeys.size() < 2 || conflicting(affiliationId, candidate.affiliationId)) {
                continue;
            }
            boolean subset = candidateKeys.containsAll(keys) || keys.containsAll(candidateKeys);
            boolean givenVariant = NameKeys.givenNamesCompatible(keys.get(0), candidateKeys.get(0))
                    && affiliationId != null && affiliationId.equals(candidate.affiliationId);
            if (subset || givenVariant) {
                variants.add(candidate);
            }
        }
        if (variants.size() == 1) {
            Actor existing = variants.get(0);
            mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), "GIVEN_NAME_VARIANT",
                    "'" + person.name() + "' and '" + existing.name + "' share the surname key '" + surname
                            + "', compatible given names and affiliation " + affiliationId);
            return existing.id;
        }
        return actors.upsert(ActorKind.PERSON, person.name(), key, surname).id();
    }

    private Optional<ValidDelivery.Actor> sameArticleFullName(ValidDelivery.Actor surnameOnly,
                                                              List<ValidDelivery.Actor> all, Map<String, Long> ids) {
        String key = surnameKey(surnameOnly.name());
        Long affiliationId = affiliation(surnameOnly, ids);
        List<ValidDelivery.Actor> matches = new ArrayList<>();
        for (ValidDelivery.Actor other : all) {
            if (other == surnameOnly || other.kind() != ActorKind.PERSON) {
                continue;
            }
            List<String> keys = NameKeys.wordKeys(other.name());
            if (keys.size() >= 2 && keys.contains(key) && !conflicting(affiliationId, affiliation(other, ids))) {
                matches.add(other);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private long resolveSurnameOnly(UUID articleId, ValidDelivery.Actor person, Long affiliationId) {
        String key = surnameKey(person.name());
        String titleKey = person.title() == null ? null : NameKeys.titleKey(person.title());
        List<Actor> corroborated = new ArrayList<>();
        if (affiliationId != null || titleKey != null) {
            for (Actor candidate : actors.findBySurnameKey(ActorKind.PERSON, key)) {
                if (NameKeys.wordKeys(candidate.name).size() < 2) {
                    continue;
                }
                // Context must agree: the same affiliation (title not conflicting), or, when the article gives no
                // affiliation, the same known title.
                boolean byAffiliation = affiliationId != null && affiliationId.equals(candidate.affiliationId)
                        && titleCompatible(titleKey, candidate);
                boolean byTitle = affiliationId == null && titleKey != null && candidate.title != null
                        && titleCompatible(titleKey, candidate);
                if (byAffiliation || byTitle) {
                    corroborated.add(candidate);
                }
            }
        }
        if (corroborated.size() == 1) {
            Actor existing = corroborated.get(0);
            mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), "SURNAME_WITH_CONTEXT",
                    "surname '" + person.name() + "' with affiliation " + affiliationId + " and title '"
                            + person.title() + "' matches only '" + existing.name + "' (title '" + existing.title + "')");
            return existing.id;
        }
        // Without a full name, the identity is the surname in its context; with no context at all, the article.
        String matchKey = "surname:" + key + "|" + (affiliationId == null ? "?" : affiliationId) + "|"
                + (titleKey == null ? "?" : titleKey)
                + (affiliationId == null && titleKey == null ? "|" + articleId : "");
        ActorRepository.Upserted upserted = actors.upsert(ActorKind.PERSON, person.name(), matchKey, key);
        if (!upserted.created()) {
            mergeLog.record(MergeSubject.ACTOR, upserted.id(), articleId, person.name(), "SURNAME_SAME_CONTEXT",
                    "surname-only '" + person.name() + "' with the same affiliation and title as before");
        }
        return upserted.id();
    }

    private boolean titleCompatible(String titleKey, Actor candidate) {
        if (titleKey == null) {
            return true;
        }
        List<ActorOffice> history = offices.forActor(candidate.id);
        if (history.stream().allMatch(office -> office.title == null)) {
            return true;
        }
        return history.stream()
                .map(office -> office.title == null ? null : NameKeys.titleKey(office.title))
                .filter(Objects::nonNull)
                .anyMatch(known -> known.contains(titleKey) || titleKey.contains(known));
    }

    private static boolean conflicting(Long affiliationA, Long affiliationB) {
        return affiliationA != null && affiliationB != null && !affiliationA.equals(affiliationB);
    }

    private void recordOffice(long actorId, ValidDelivery delivery, String title, Long affiliationId) {
        ActorOffice office = offices.find("actorId = ?1 and articleId = ?2", actorId, delivery.articleId())
                .firstResultOptional().orElseGet(ActorOffice::new);
        if (office.id == null) {
            office.actorId = actorId;
            office.articleId = delivery.articleId();
            office.asOf = delivery.publishedOn();
        }
        if (title != null) {
            office.title = title;
        }
        if (affiliationId != null) {
            office.affiliationId = affiliationId;
        }
        offices.persist(office);

        Actor actor = actors.findById(actorId);
        LocalDate asOf = delivery.publishedOn();
        boolean latest = actor.officeAsOf == null || (asOf != null && !asOf.isBefore(actor.officeAsOf));
        if (latest || actor.title == null && title != null || actor.affiliationId == null && affiliationId != null) {
            if (title != null && (latest || actor.title == null)) {
                actor.title = title;
            }
            if (affiliationId != null && (latest || actor.affiliationId == null)) {
                actor.affiliationId = affiliationId;
            }
            if (latest && asOf != null) {
                actor.officeAsOf = asOf;
            }
        }
    }
}
