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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Maps the actors of one delivery to canonical actors, creating those not seen before. Every time a surface form
 * is attached to an existing actor under a different spelling, the rule and its evidence go to the merge log.
 * <p>
 * Rules (the constants below), strongest first: countries and organisations by gazetteer form or folded name;
 * people by full-name key (titles, suffixes and initials left out), by an alias with that key, by a given-name
 * variant or subset of the same surname, by an in-order subset of a multi-part name, by a one-letter surname typo;
 * a surname alone resolves to a full name of the same article, or across articles to the one known person it fits
 * whose affiliation and title do not conflict. A rule that finds two candidates merges nothing.
 */
@ApplicationScoped
public class ActorResolver {

    /** A country or organisation by a gazetteer form (Washington = United States). */
    public static final String GAZETTEER_FORM = "GAZETTEER_FORM";
    /** A country or organisation the gazetteer does not know, by its folded name. */
    public static final String FOLDED_NAME = "FOLDED_NAME";
    /** The same name but for diacritics, case or punctuation. */
    public static final String UNICODE_FOLDING = "UNICODE_FOLDING";
    /** The same transliteration key: another romanisation (Sergei/Sergey Lavrov). */
    public static final String TRANSLITERATION_KEY = "TRANSLITERATION_KEY";
    /** The same key once titles, honorifics, suffixes and initials are left out (Lloyd J. Austin III = Lloyd Austin). */
    public static final String TITLE_SUFFIX_INITIAL = "TITLE_SUFFIX_INITIAL";
    /** A known alias of the person with the same key. */
    public static final String ALIAS_KEY = "ALIAS_KEY";
    /** The same surname, a word-subset or a short form of the given name, and the same affiliation. */
    public static final String GIVEN_NAME_VARIANT = "GIVEN_NAME_VARIANT";
    /** A multi-part name whose parts are a subset, in order, of the other's, sharing a surname part. */
    public static final String NAME_PART_SUBSET = "NAME_PART_SUBSET";
    /** The same name but for a one-letter typo in a surname of six letters or more, same first letter. */
    public static final String SURNAME_TYPO = "SURNAME_TYPO";
    /** A surname alone, the only full name of the same article that has it. */
    public static final String SAME_ARTICLE_SURNAME = "SAME_ARTICLE_SURNAME";
    /** A surname alone whose affiliation or title agrees with exactly one known person of that surname. */
    public static final String SURNAME_WITH_CONTEXT = "SURNAME_WITH_CONTEXT";
    /** A surname alone, without affiliation or title, of which exactly one person is known. */
    public static final String LONE_SURNAME_UNIQUE = "LONE_SURNAME_UNIQUE";
    /** A surname alone, again with the same affiliation and title (no full name known for it). */
    public static final String SURNAME_SAME_CONTEXT = "SURNAME_SAME_CONTEXT";

    @Inject
    ActorRepository actors;
    @Inject
    ActorOfficeRepository offices;
    @Inject
    MergeLogRepository mergeLog;
    @Inject
    AdvisoryLocks locks;
    @Inject
    ActorJoiner joiner;

    /** What resolving a delivery's actors gave: actor ids by ref, and the actors stored records were joined into. */
    public record Resolution(Map<String, Long> ids, Set<Long> joinedInto) {
    }

    /** One delivery's resolution in progress: the joins it makes keep its ids current. */
    private record Pass(UUID articleId, Map<String, Long> ids, Set<Long> joinedInto) {
    }

    /** A known person a surname alone fits, the rule that says so, and why. */
    private record Fit(Actor actor, String rule, String evidence) {
    }

    /** A non-person's identity: what kind it really is, its canonical name and its unique key. */
    record Identity(ActorKind kind, String canonicalName, String matchKey, boolean fromGazetteer) {
    }

    /**
     * Resolves every actor of the delivery, joining stored records its names show to be one person; returns actor
     * ids by the delivery's refs. Needs the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resolution resolve(ValidDelivery delivery) {
        locks.lockAll(lockKeys(delivery));
        Map<String, Long> ids = new LinkedHashMap<>();
        Pass pass = new Pass(delivery.articleId(), ids, new LinkedHashSet<>());

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
                    joinNameParts(pass, actor, affiliation(actor, ids));
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
                mergeLog.record(MergeSubject.ACTOR, id, delivery.articleId(), actor.name(), SAME_ARTICLE_SURNAME,
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
        // After the offices, so that a stored surname's context is compared with the full name's as now known.
        for (ValidDelivery.Actor actor : delivery.actors()) {
            if (actor.kind() == ActorKind.PERSON && NameKeys.words(actor.name()).size() >= 2) {
                joinSurnameRecords(pass, actor, ids.get(actor.ref()));
            }
        }
        return new Resolution(ids, pass.joinedInto());
    }

    /** Names this delivery resolves against: serialises concurrent deliveries that could create the same actor. */
    public static List<String> lockKeys(ValidDelivery delivery) {
        List<String> keys = new ArrayList<>();
        for (ValidDelivery.Actor actor : delivery.actors()) {
            if (actor.kind() == ActorKind.PERSON) {
                // Every part, not only the surname: the stored records a name can join hold one of its parts.
                keys.add("person:" + surnameKey(actor.name()));
                NameKeys.partKeys(actor.name()).forEach(part -> keys.add("person:" + part));
            } else {
                Identity identity = identify(actor);
                keys.add("actor:" + identity.kind() + ":" + identity.matchKey());
            }
        }
        return keys;
    }

    static Identity identify(ValidDelivery.Actor actor) {
        Optional<Gazetteer.Place> place = actor.kind() == ActorKind.COUNTRY
                ? Gazetteer.lookupAny(actor.mentions(), ActorKind.COUNTRY)
                : Gazetteer.lookup(actor.name(), actor.kind());
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
                    identity.fromGazetteer() ? GAZETTEER_FORM : FOLDED_NAME,
                    "'" + actor.name() + "' (" + actor.kind() + ") is a form of '" + identity.canonicalName() + "'");
        }
        return upserted.id();
    }

    private long resolveFullName(UUID articleId, ValidDelivery.Actor person, Long affiliationId) {
        List<String> keys = NameKeys.wordKeys(person.name());
        String key = String.join(" ", keys);
        String surname = NameKeys.surnameKey(keys);

        Optional<Actor> sameKey = actors.findByMatchKey(ActorKind.PERSON, key);
        if (sameKey.isPresent() && NameKeys.suffixesConflict(person.name(), sameKey.get().name)) {
            // A Jr. beside a known Sr. (or the reverse): another person, filed under the key with the suffix.
            key = key + " " + NameKeys.suffix(person.name());
            sameKey = actors.findByMatchKey(ActorKind.PERSON, key);
        }
        if (sameKey.isPresent()) {
            Actor existing = sameKey.get();
            if (!existing.name.equals(person.name())) {
                String rule = NameKeys.fold(existing.name).equals(NameKeys.fold(person.name())) ? UNICODE_FOLDING
                        : NameKeys.rawKey(existing.name).equals(NameKeys.rawKey(person.name())) ? TRANSLITERATION_KEY
                        : TITLE_SUFFIX_INITIAL;
                mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), rule,
                        "'" + person.name() + "' and '" + existing.name + "' share the name key '" + key + "'");
            }
            return existing.id;
        }
        List<Actor> byAlias = actors.findByAliasKey(ActorKind.PERSON, key).stream()
                .filter(candidate -> !NameKeys.suffixesConflict(person.name(), candidate.name)).toList();
        if (byAlias.size() == 1) {
            Actor existing = byAlias.get(0);
            mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), ALIAS_KEY,
                    "'" + person.name() + "' matches a known alias of '" + existing.name + "' (key '" + key + "')");
            return existing.id;
        }
        List<Actor> variants = new ArrayList<>();
        for (Actor candidate : actors.findBySurnameKey(ActorKind.PERSON, surname)) {
            List<String> candidateKeys = NameKeys.wordKeys(candidate.name);
            if (candidateKeys.size() < 2 || conflicting(affiliationId, candidate.affiliationId)
                    || NameKeys.suffixesConflict(person.name(), candidate.name)) {
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
            mergeLog.record(MergeSubject.ACTOR, existing.id, articleId, person.name(), GIVEN_NAME_VARIANT,
                    "'" + person.name() + "' and '" + existing.name + "' share the surname key '" + surname
                            + "', compatible given names and affiliation " + affiliationId);
            return existing.id;
        }
        List<Actor> subsets = multiPartMatches(person, affiliationId);
        if (subsets.size() == 1) {
            mergeLog.record(MergeSubject.ACTOR, subsets.get(0).id, articleId, person.name(), NAME_PART_SUBSET,
                    "the parts of '" + person.name() + "' and '" + subsets.get(0).name
                            + "' are one a subset of the other in order, sharing a surname part; affiliation "
                            + affiliationId);
            return subsets.get(0).id;
        }
        Optional<Actor> typo = fullNameTypoMatch(person, affiliationId);
        if (typo.isPresent()) {
            mergeLog.record(MergeSubject.ACTOR, typo.get().id, articleId, person.name(), SURNAME_TYPO,
                    "'" + person.name() + "' is '" + typo.get().name + "' but for one letter of the surname, the only "
                            + "such person; affiliation " + affiliationId);
            return typo.get().id;
        }
        return actors.upsert(ActorKind.PERSON, person.name(), key, surname).id();
    }

    /** Known persons, oldest first, whose name parts and this one's are a subset in order (Iberian, Lusophone). */
    private List<Actor> multiPartMatches(ValidDelivery.Actor person, Long affiliationId) {
        List<String> parts = NameKeys.partKeys(person.name());
        if (parts.size() < 2) {
            return List.of();
        }
        Map<Long, Actor> candidates = new LinkedHashMap<>();
        // A longer known name holds this one's last part; a shorter one ends in one of this one's last two parts.
        for (String part : parts.subList(parts.size() - 2, parts.size())) {
            actors.findPersonsByPart(part).forEach(candidate -> candidates.putIfAbsent(candidate.id, candidate));
        }
        return candidates.values().stream()
                .filter(candidate -> !conflicting(affiliationId, candidate.affiliationId)
                        && !NameKeys.suffixesConflict(person.name(), candidate.name))
                .filter(candidate -> {
                    List<String> candidateParts = NameKeys.partKeys(candidate.name);
                    return candidateParts.size() >= 2 && !candidateParts.equals(parts)
                            && NameKeys.orderedSubset(parts, candidateParts);
                })
                .sorted(Comparator.comparing((Actor candidate) -> candidate.id))
                .toList();
    }

    /**
     * Joins the stored records of shorter forms of this name when together they are one person (Luiz Inácio Lula
     * and Lula da Silva, stored apart, in Luiz Inácio Lula da Silva), with the record the name resolved to. The
     * oldest record stays and goes by the longest name.
     */
    private void joinNameParts(Pass pass, ValidDelivery.Actor person, Long affiliationId) {
        List<Actor> shorter = multiPartMatches(person, affiliationId);
        if (shorter.size() < 2 || !onePerson(shorter, NameKeys.partKeys(person.name()))) {
            return;
        }
        long resolvedId = pass.ids().get(person.ref());
        List<Actor> records = new ArrayList<>(shorter);
        if (shorter.stream().noneMatch(record -> record.id == resolvedId)) {
            records.add(actors.findById(resolvedId));
        }
        records.sort(Comparator.comparing((Actor record) -> record.id));
        Actor survivor = records.get(0);
        for (Actor other : records.subList(1, records.size())) {
            join(pass, survivor.id, other.id, NAME_PART_SUBSET, "'" + person.name()
                    + "' holds the parts of both in order, and its shorter forms known overlap in a surname part");
        }
        if (NameKeys.partKeys(person.name()).size() > NameKeys.partKeys(survivor.name).size()) {
            List<String> keys = NameKeys.wordKeys(person.name());
            survivor.name = person.name();
            survivor.matchKey = String.join(" ", keys);
            survivor.surnameKey = NameKeys.surnameKey(keys);
        }
    }

    /**
     * Whether shorter forms of one name, none conflicting with another, are linked into one person: two are linked
     * when one's parts are an ordered subset of the other's, or when, placed in the full name, the later starts with
     * a part of the earlier that is not its first (Lula in Luiz Inácio Lula, then Lula da Silva). Two forms that
     * share only a surname (Maria Silva, João Silva in Maria João Silva) or only a given name are not linked.
     */
    private static boolean onePerson(List<Actor> forms, List<String> fullParts) {
        for (Actor a : forms) {
            for (Actor b : forms) {
                if (conflicting(a.affiliationId, b.affiliationId) || NameKeys.suffixesConflict(a.name, b.name)) {
                    return false;
                }
            }
        }
        Set<Actor> reached = new LinkedHashSet<>(List.of(forms.get(0)));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Actor form : forms) {
                if (!reached.contains(form) && reached.stream().anyMatch(known -> linked(known, form, fullParts))) {
                    reached.add(form);
                    grew = true;
                }
            }
        }
        return reached.size() == forms.size();
    }

    private static boolean linked(Actor a, Actor b, List<String> fullParts) {
        List<String> partsA = NameKeys.partKeys(a.name);
        List<String> partsB = NameKeys.partKeys(b.name);
        if (NameKeys.orderedSubset(partsA, partsB)) {
            return true;
        }
        boolean aFirst = fullParts.indexOf(partsA.get(0)) <= fullParts.indexOf(partsB.get(0));
        List<String> earlier = aFirst ? partsA : partsB;
        List<String> later = aFirst ? partsB : partsA;
        return earlier.indexOf(later.get(0)) >= 1;
    }

    /** Joins a stored record into another and keeps this delivery's ids pointing at the survivor. */
    private void join(Pass pass, long survivorId, long absorbedId, String rule, String evidence) {
        if (joiner.join(survivorId, absorbedId, pass.articleId(), rule, evidence)) {
            pass.ids().replaceAll((ref, id) -> id == absorbedId ? survivorId : id);
            pass.joinedInto().add(survivorId);
        }
    }

    /**
     * Joins into this person the records of a surname alone that now fit them and no one else, by the rules a lone
     * surname arriving now would resolve by (Petro stored before Gustavo Petro was known).
     */
    private void joinSurnameRecords(Pass pass, ValidDelivery.Actor person, long personId) {
        List<String> parts = NameKeys.partKeys(person.name());
        if (parts.size() < 2) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(surnameKey(person.name()));
        keys.addAll(parts.subList(Math.max(1, parts.size() - 2), parts.size()));
        int length = lastPartWord(person.name()).length();
        char initial = parts.get(parts.size() - 1).charAt(0);
        for (Actor record : actors.findSurnameRecords(keys, initial, length - 5, length + 1)) {
            Optional<Fit> fit = knownPersonFor(record.name, record.affiliationId, record.title);
            if (fit.isPresent() && fit.get().actor().id == personId) {
                join(pass, personId, record.id, fit.get().rule(), fit.get().evidence());
            }
        }
    }

    /** The only known person named the same but for a one-letter typo in the surname, affiliation not conflicting. */
    private Optional<Actor> fullNameTypoMatch(ValidDelivery.Actor person, Long affiliationId) {
        List<String> parts = NameKeys.partKeys(person.name());
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<String> given = parts.subList(0, parts.size() - 1);
        String surname = lastPartWord(person.name());
        return only(typoCandidates(parts.get(parts.size() - 1), surname).stream()
                .filter(candidate -> !conflicting(affiliationId, candidate.affiliationId)
                        && !NameKeys.suffixesConflict(person.name(), candidate.name))
                .filter(candidate -> {
                    List<String> candidateParts = NameKeys.partKeys(candidate.name);
                    return candidateParts.size() == parts.size()
                            && candidateParts.subList(0, parts.size() - 1).equals(given)
                            && NameKeys.oneTypoApart(surname, lastPartWord(candidate.name));
                })
                .toList());
    }

    /**
     * Known persons a surname with this key and folded spelling could be a typo of. A key is never longer than its
     * word and rarely more than three letters shorter (a dropped final vowel, collapsed doubles and digraphs).
     */
    private List<Actor> typoCandidates(String surnameKey, String surnameWord) {
        return actors.findPersonsBySurnameInitial(surnameKey.charAt(0), surnameWord.length() - 4,
                surnameWord.length() + 1);
    }

    /** The folded last name part: typos are measured on what was written, not on transliteration keys. */
    private static String lastPartWord(String name) {
        List<String> words = NameKeys.partWords(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static Optional<Actor> only(List<Actor> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
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
        Optional<Fit> fit = knownPersonFor(person.name(), affiliationId, person.title());
        if (fit.isPresent()) {
            mergeLog.record(MergeSubject.ACTOR, fit.get().actor().id, articleId, person.name(), fit.get().rule(),
                    fit.get().evidence());
            return fit.get().actor().id;
        }
        // Without a full name, the identity is the surname in its context; with no context at all, the article.
        String matchKey = "surname:" + key + "|" + (affiliationId == null ? "?" : affiliationId) + "|"
                + (titleKey == null ? "?" : titleKey)
                + (affiliationId == null && titleKey == null ? "|" + articleId : "");
        ActorRepository.Upserted upserted = actors.upsert(ActorKind.PERSON, person.name(), matchKey, key);
        if (!upserted.created()) {
            mergeLog.record(MergeSubject.ACTOR, upserted.id(), articleId, person.name(), SURNAME_SAME_CONTEXT,
                    "surname-only '" + person.name() + "' with the same affiliation and title as before");
        }
        return upserted.id();
    }

    /** The one known person with a full name that a surname alone, in this context, fits; see the class comment. */
    private Optional<Fit> knownPersonFor(String surnameName, Long affiliationId, String title) {
        String key = surnameKey(surnameName);
        String titleKey = title == null ? null : NameKeys.titleKey(title);
        String context = "surname '" + surnameName + "' with affiliation " + affiliationId + " and title '" + title + "'";
        // Every known full name with this surname, or with it as one of its last two parts (Lula, Petro), that the
        // context does not contradict; it resolves only when exactly one remains.
        List<Actor> compatible = actors.findPersonsByPart(key).stream()
                .filter(candidate -> {
                    List<String> parts = NameKeys.partKeys(candidate.name);
                    return parts.size() >= 2 && (key.equals(candidate.surnameKey) || NameKeys.isSurnamePart(key, parts));
                })
                .filter(candidate -> !conflicting(affiliationId, candidate.affiliationId)
                        && titleCompatible(titleKey, candidate))
                .toList();
        if (compatible.size() == 1) {
            Actor existing = compatible.get(0);
            boolean corroborated = affiliationId != null && affiliationId.equals(existing.affiliationId)
                    || titleKey != null && hasTitle(existing);
            return Optional.of(new Fit(existing, corroborated ? SURNAME_WITH_CONTEXT : LONE_SURNAME_UNIQUE,
                    context + " fits only '" + existing.name + "' (title '" + existing.title + "')"));
        }
        if (compatible.isEmpty() && (affiliationId != null || titleKey != null)) {
            // A misspelt surname needs its context to agree, not merely not to conflict.
            String word = lastPartWord(surnameName);
            List<Actor> typos = typoCandidates(key, word).stream()
                    .filter(candidate -> NameKeys.partKeys(candidate.name).size() >= 2
                            && NameKeys.oneTypoApart(word, lastPartWord(candidate.name)))
                    .filter(candidate -> !conflicting(affiliationId, candidate.affiliationId)
                            && titleCompatible(titleKey, candidate))
                    .filter(candidate -> affiliationId != null && affiliationId.equals(candidate.affiliationId)
                            || titleKey != null && hasTitle(candidate))
                    .toList();
            if (typos.size() == 1) {
                return Optional.of(new Fit(typos.get(0), SURNAME_TYPO, context + " is one letter from the surname of '"
                        + typos.get(0).name + "', the only such person"));
            }
        }
        return Optional.empty();
    }

    private boolean hasTitle(Actor candidate) {
        return offices.forActor(candidate.id).stream().anyMatch(office -> office.title != null);
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
