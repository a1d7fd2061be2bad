package org.parley.entity.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.actor.model.Actor;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.repository.ActorRepository;
import org.parley.entity.delivery.model.ValidDelivery;
import org.parley.entity.delivery.repository.AdvisoryLocks;
import org.parley.entity.engagement.model.DatePrecision;
import org.parley.entity.engagement.model.Engagement;
import org.parley.entity.engagement.model.EngagementStatus;
import org.parley.entity.engagement.model.Party;
import org.parley.entity.engagement.repository.EngagementRepository;
import org.parley.entity.mergelog.model.MergeSubject;
import org.parley.entity.mergelog.repository.MergeLogRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records an article's engagement reports: each report either joins the engagement it is another report of
 * (adding its evidence and moving status, date, location and participants forward, with history) or becomes a
 * new engagement.
 */
@ApplicationScoped
public class EngagementRecorder {

    @Inject
    EngagementRepository engagements;
    @Inject
    ActorRepository actors;
    @Inject
    MergeLogRepository mergeLog;
    @Inject
    AdvisoryLocks locks;
    @Inject
    Event<EngagementChanged> changed;

    /** What a report or a stored engagement says of the event, as joining it into another engagement reads it. */
    private record Facts(EngagementStatus status, LocalDate start, LocalDate end, DatePrecision precision,
                         String dateText, String location, LocalDate firstReported, LocalDate lastReported) {

        static Facts of(ValidDelivery.Engagement report, LocalDate published) {
            return new Facts(report.status(), report.start(), report.end(), report.precision(), report.dateText(),
                    report.location(), published, published);
        }

        static Facts of(Engagement engagement) {
            return new Facts(engagement.status, engagement.dateStart, engagement.dateEnd, engagement.datePrecision,
                    engagement.dateText, engagement.location, engagement.firstReportedOn, engagement.lastReportedOn);
        }
    }

    /**
     * Records every report of the delivery; needs the caller's transaction, after actors were resolved. Engagements
     * of {@code joinedActors} (actors stored records were joined into) that are now one engagement are joined first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> record(ValidDelivery delivery, Map<String, Long> actorIds, Set<Long> joinedActors) {
        Map<Long, Actor> actorsById = new HashMap<>();
        for (Actor actor : actors.list("id in ?1", List.copyOf(new LinkedHashSet<>(actorIds.values())))) {
            actorsById.put(actor.id, actor);
        }
        List<String> lockKeys = new ArrayList<>();
        for (Actor actor : actorsById.values()) {
            lockKeys.add("engagement-party:" + actor.id);
            if (actor.kind == ActorKind.PERSON && actor.affiliationId != null) {
                lockKeys.add("engagement-party:" + actor.affiliationId);
            }
        }
        joinedActors.forEach(id -> lockKeys.add("engagement-party:" + id));
        locks.lockAll(lockKeys);

        Set<Long> touched = new LinkedHashSet<>();
        joinedActors.forEach(id -> joinDuplicates(id, delivery.articleId(), touched));
        for (ValidDelivery.Engagement report : delivery.engagements()) {
            List<Party> parties = parties(report, actorIds, actorsById);
            Optional<Engagement> same = findSame(delivery, report, parties);
            long id = same.isPresent()
                    ? merge(same.get(), delivery, report, parties)
                    : create(delivery, report, parties);
            touched.add(id);
        }
        engagements.flush();
        touched.forEach(id -> changed.fire(new EngagementChanged(id)));
        return touched;
    }

    private static List<Party> parties(ValidDelivery.Engagement report, Map<String, Long> actorIds,
                                       Map<Long, Actor> actorsById) {
        Map<Long, Party> parties = new LinkedHashMap<>();
        for (ValidDelivery.Participant participant : report.participants()) {
            Actor actor = actorsById.get(actorIds.get(participant.actorRef()));
            Long side = actor.kind == ActorKind.PERSON ? actor.affiliationId : null;
            Party existing = parties.get(actor.id);
            if (existing == null || existing.role() == null) {
                parties.put(actor.id, new Party(actor.id, actor.kind, side, participant.role()));
            }
        }
        return List.copyOf(parties.values());
    }

    private Optional<Engagement> findSame(ValidDelivery delivery, ValidDelivery.Engagement report, List<Party> parties) {
        Set<Long> ids = new LinkedHashSet<>();
        parties.forEach(party -> {
            ids.add(party.actorId());
            if (party.side() != null) {
                ids.add(party.side());
            }
        });
        List<Engagement> candidates = engagements.candidatesFor(ids, report.start(), report.end()).stream()
                .filter(candidate -> candidate.type.compatibleWith(report.type()))
                .toList();
        Map<Long, List<Party>> candidateParties = engagements.parties(candidates.stream().map(e -> e.id).toList());
        LocalDate published = delivery.publishedOn();
        return candidates.stream()
                .filter(candidate -> EngagementMatcher.sameParties(parties, candidateParties.get(candidate.id)))
                .filter(candidate -> parties.size() > 1 || sameLocation(candidate.location, report.location()))
                .filter(candidate -> EngagementMatcher.datesCompatible(
                        report.start(), report.end(), published, published,
                        candidate.dateStart, candidate.dateEnd, candidate.firstReportedOn, candidate.lastReportedOn)
                        || (candidate.dateStart == null || report.start() == null)
                        && engagements.hasEvidenceFrom(candidate.id, delivery.articleId()))
                .min(Comparator.comparing((Engagement c) ->
                                !EngagementMatcher.sameActors(parties, candidateParties.get(c.id)))
                        .thenComparing(c -> EngagementMatcher.width(c.dateStart, c.dateEnd))
                        .thenComparing(c -> -c.id));
    }

    private static boolean sameLocation(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    private long create(ValidDelivery delivery, ValidDelivery.Engagement report, List<Party> parties) {
        Engagement engagement = new Engagement();
        engagement.type = report.type();
        engagement.status = report.status();
        engagement.dateStart = report.start();
        engagement.dateEnd = report.end();
        engagement.datePrecision = report.precision();
        engagement.dateText = report.dateText();
        engagement.location = report.location();
        engagement.firstReportedOn = delivery.publishedOn();
        engagement.lastReportedOn = delivery.publishedOn();
        engagement.createdAt = Instant.now();
        engagement.updatedAt = engagement.createdAt;
        engagement.refreshSortDate();
        engagements.persist(engagement);
        engagements.flush();
        for (Party party : parties) {
            engagements.addParticipant(engagement.id, party.actorId(), party.role());
        }
        engagements.addEvidence(engagement.id, delivery.articleId(), delivery.publishedOn(), report.sentence(),
                report.sentenceStart(), report.sentenceEnd());
        return engagement.id;
    }

    /**
     * Joins engagements of this actor that are one event once two records of a person are one: the same parties,
     * compatible types and dates, as a new report would be matched. The oldest stays.
     */
    private void joinDuplicates(long actorId, UUID article, Set<Long> touched) {
        List<Engagement> own = new ArrayList<>(engagements.ofActor(actorId));
        Map<Long, List<Party>> parties = engagements.parties(own.stream().map(e -> e.id).toList());
        for (int i = 0; i < own.size(); i++) {
            Engagement kept = own.get(i);
            for (int j = i + 1; j < own.size(); j++) {
                Engagement gone = own.get(j);
                if (sameEvent(kept, parties.get(kept.id), gone, parties.get(gone.id))) {
                    mergeLog.record(MergeSubject.ENGAGEMENT, kept.id, article, null, "SAME_PARTIES_AFTER_ACTOR_JOIN",
                            "engagement " + gone.id + " had the same parties " + parties.get(gone.id).stream()
                                    .map(Party::actorId).toList() + " once actor records were joined into " + actorId
                                    + "; type " + gone.type + " ~ " + kept.type + ", dates " + gone.dateStart + ".."
                                    + gone.dateEnd + " ~ " + kept.dateStart + ".." + kept.dateEnd);
                    advance(kept, article, Facts.of(gone));
                    engagements.addHistory(kept.id, article, "joined", "engagement " + gone.id, null);
                    engagements.flush();
                    engagements.absorb(gone.id, kept.id);
                    engagements.getEntityManager().detach(gone);
                    own.remove(j--);
                    touched.remove(gone.id);
                    touched.add(kept.id);
                }
            }
        }
    }

    private static boolean sameEvent(Engagement a, List<Party> partiesA, Engagement b, List<Party> partiesB) {
        return a.type.compatibleWith(b.type) && EngagementMatcher.sameParties(partiesA, partiesB)
                && (partiesA.size() > 1 || sameLocation(a.location, b.location))
                && EngagementMatcher.datesCompatible(a.dateStart, a.dateEnd, a.firstReportedOn, a.lastReportedOn,
                b.dateStart, b.dateEnd, b.firstReportedOn, b.lastReportedOn);
    }

    private long merge(Engagement engagement, ValidDelivery delivery, ValidDelivery.Engagement report,
                       List<Party> parties) {
        UUID article = delivery.articleId();
        List<Party> existing = engagements.parties(List.of(engagement.id)).get(engagement.id);
        boolean sameActors = EngagementMatcher.sameActors(parties, existing);
        mergeLog.record(MergeSubject.ENGAGEMENT, engagement.id, article, report.sentence(),
                sameActors ? "SAME_PARTIES_COMPATIBLE_DATES" : "SAME_SIDES_COMPATIBLE_DATES",
                "type " + report.type() + " ~ " + engagement.type + ", dates " + report.start() + ".." + report.end()
                        + " ~ " + engagement.dateStart + ".." + engagement.dateEnd + ", parties "
                        + parties.stream().map(Party::actorId).toList() + " ~ "
                        + existing.stream().map(Party::actorId).toList());
        engagements.addEvidence(engagement.id, article, delivery.publishedOn(), report.sentence(),
                report.sentenceStart(), report.sentenceEnd());
        advance(engagement, article, Facts.of(report, delivery.publishedOn()));
        namePeopleForCountries(engagement.id, article, parties, existing);
        engagements.flush();
        return engagement.id;
    }

    /**
     * Moves the engagement forward by what another report of it says, with history: status forward only (between
     * OCCURRED and CANCELLED the later report wins), a narrower date, a missing location, the reporting span.
     */
    private void advance(Engagement engagement, UUID article, Facts facts) {
        boolean laterReport = facts.lastReported() != null
                && (engagement.lastReportedOn == null || !facts.lastReported().isBefore(engagement.lastReportedOn));
        if (facts.status() != engagement.status
                && (facts.status().progress() > engagement.status.progress()
                || facts.status().progress() == engagement.status.progress() && laterReport)) {
            engagements.addHistory(engagement.id, article, "status", engagement.status.name(), facts.status().name());
            engagement.status = facts.status();
        }
        if (facts.start() != null && EngagementMatcher.width(facts.start(), facts.end())
                < EngagementMatcher.width(engagement.dateStart, engagement.dateEnd)) {
            engagements.addHistory(engagement.id, article, "date", describeDate(engagement.dateStart,
                    engagement.dateEnd, engagement.datePrecision.name()), describeDate(facts.start(), facts.end(),
                    facts.precision().name()));
            engagement.dateStart = facts.start();
            engagement.dateEnd = facts.end();
            engagement.datePrecision = facts.precision();
            engagement.dateText = facts.dateText();
        }
        if (engagement.location == null && facts.location() != null) {
            engagements.addHistory(engagement.id, article, "location", null, facts.location());
            engagement.location = facts.location();
        }
        if (facts.firstReported() != null
                && (engagement.firstReportedOn == null || facts.firstReported().isBefore(engagement.firstReportedOn))) {
            engagement.firstReportedOn = facts.firstReported();
        }
        if (laterReport) {
            engagement.lastReportedOn = facts.lastReported();
        }
        engagement.refreshSortDate();
        engagement.updatedAt = Instant.now();
    }

    /** Where the engagement had a country and this report names the one person acting for it, keep the person. */
    private void namePeopleForCountries(long engagementId, UUID article, List<Party> reported, List<Party> existing) {
        for (Party person : reported) {
            if (person.kind() != ActorKind.PERSON || person.side() == null
                    || existing.stream().anyMatch(p -> p.actorId() == person.actorId())) {
                continue;
            }
            boolean countryListed = existing.stream().anyMatch(p -> p.actorId() == person.side());
            long peopleOfSide = reported.stream()
                    .filter(p -> p.kind() == ActorKind.PERSON && person.side().equals(p.side())).count();
            if (countryListed && peopleOfSide == 1) {
                engagements.removeParticipant(engagementId, person.side());
                engagements.addParticipant(engagementId, person.actorId(), person.role());
                engagements.addHistory(engagementId, article, "participants", "actor " + person.side(),
                        "actor " + person.actorId());
            }
        }
    }

    private static String describeDate(LocalDate start, LocalDate end, String precision) {
        return start == null ? precision : start + ".." + end + " " + precision;
    }
}
