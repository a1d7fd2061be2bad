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
import org.parley.entity.engagement.model.Engagement;
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

    /** Records every report of the delivery; needs the caller's transaction, after actors were resolved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> record(ValidDelivery delivery, Map<String, Long> actorIds) {
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
        locks.lockAll(lockKeys);

        Set<Long> touched = new LinkedHashSet<>();
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

    private long merge(Engagement engagement, ValidDelivery delivery, ValidDelivery.Engagement report,
                       List<Party> parties) {
        UUID article = delivery.articleId();
        LocalDate published = delivery.publishedOn();
        List<Party> existing = engagements.parties(List.of(engagement.id)).get(engagement.id);
        boolean sameActors = EngagementMatcher.sameActors(parties, existing);
        mergeLog.record(MergeSubject.ENGAGEMENT, engagement.id, article, report.sentence(),
                sameActors ? "SAME_PARTIES_COMPATIBLE_DATES" : "SAME_SIDES_COMPATIBLE_DATES",
                "type " + report.type() + " ~ " + engagement.type + ", dates " + report.start() + ".." + report.end()
                        + " ~ " + engagement.dateStart + ".." + engagement.dateEnd + ", parties "
                        + parties.stream().map(Party::actorId).toList() + " ~ "
                        + existing.stream().map(Party::actorId).toList());
        engagements.addEvidence(engagement.id, article, published, report.sentence(), report.sentenceStart(),
                report.sentenceEnd());

        boolean laterReport = published != null
                && (engagement.lastReportedOn == null || !published.isBefore(engagement.lastReportedOn));
        if (report.status() != engagement.status
                && (report.status().progress() > engagement.status.progress()
                || report.status().progress() == engagement.status.progress() && laterReport)) {
            engagements.addHistory(engagement.id, article, "status", engagement.status.name(), report.status().name());
            engagement.status = report.status();
        }
        if (report.start() != null && EngagementMatcher.width(report.start(), report.end())
                < EngagementMatcher.width(engagement.dateStart, engagement.dateEnd)) {
            engagements.addHistory(engagement.id, article, "date", describeDate(engagement.dateStart,
                    engagement.dateEnd, engagement.datePrecision.name()), describeDate(report.start(), report.end(),
                    report.precision().name()));
            engagement.dateStart = report.start();
            engagement.dateEnd = report.end();
            engagement.datePrecision = report.precision();
            engagement.dateText = report.dateText();
        }
        if (engagement.location == null && report.location() != null) {
            engagements.addHistory(engagement.id, article, "location", null, report.location());
            engagement.location = report.location();
        }
        namePeopleForCountries(engagement.id, article, parties, existing);
        if (published != null) {
            if (engagement.firstReportedOn == null || published.isBefore(engagement.firstReportedOn)) {
                engagement.firstReportedOn = published;
            }
            if (laterReport) {
                engagement.lastReportedOn = published;
            }
        }
        engagement.refreshSortDate();
        engagement.updatedAt = Instant.now();
        engagements.flush();
        return engagement.id;
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
