package org.parley.entity.actor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.actor.model.Actor;
import org.parley.entity.actor.repository.ActorOfficeRepository;
import org.parley.entity.actor.repository.ActorRepository;
import org.parley.entity.engagement.repository.EngagementRepository;
import org.parley.entity.mergelog.model.MergeSubject;
import org.parley.entity.mergelog.repository.MergeLogRepository;
import org.parley.entity.quote.repository.QuoteRepository;

import java.util.List;
import java.util.UUID;

/**
 * Joins two stored records of one person: the absorbed record's aliases, articles, offices, engagement places,
 * quotes and merge-log rows go to the survivor, and the absorbed record is deleted. Engagements that become
 * duplicates are joined afterwards by the engagement recorder, under its participant locks.
 */
@ApplicationScoped
public class ActorJoiner {

    @Inject
    ActorRepository actors;
    @Inject
    ActorOfficeRepository offices;
    @Inject
    EngagementRepository engagements;
    @Inject
    QuoteRepository quotes;
    @Inject
    MergeLogRepository mergeLog;

    /**
     * Joins {@code absorbedId} into {@code survivorId}, logging the rule under the survivor; false when the absorbed
     * record is gone already (a concurrent delivery joined it first). Needs the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean join(long survivorId, long absorbedId, UUID articleId, String rule, String evidence) {
        actors.flush();
        // Row locks beside the name locks: a delivery that resolved a name to either record waits, or fails on the
        // foreign keys and is retried, rather than writing to a deleted record.
        if (!actors.lockRows(List.of(survivorId, absorbedId)).contains(absorbedId)) {
            return false;
        }
        Actor survivor = actors.findById(survivorId);
        Actor absorbed = actors.findById(absorbedId);
        actors.getEntityManager().refresh(survivor);
        actors.getEntityManager().refresh(absorbed);
        actors.moveNamesAndArticles(absorbedId, survivorId);
        offices.moveOffices(absorbedId, survivorId);
        engagements.replaceParticipant(absorbedId, survivorId);
        quotes.replaceSpeaker(absorbedId, survivorId);
        mergeLog.repoint(MergeSubject.ACTOR, absorbedId, survivorId);
        mergeLog.record(MergeSubject.ACTOR, survivorId, articleId, absorbed.name, rule,
                "joined stored actor " + absorbedId + " '" + absorbed.name + "' into " + survivorId + " '"
                        + survivor.name + "': " + evidence);
        takeLatestOffice(survivor, absorbed);
        actors.delete(absorbed);
        actors.flush();
        return true;
    }

    /** The survivor's current title and affiliation: the later-dated of the two, else whichever is known. */
    private static void takeLatestOffice(Actor survivor, Actor absorbed) {
        boolean later = absorbed.officeAsOf != null
                && (survivor.officeAsOf == null || absorbed.officeAsOf.isAfter(survivor.officeAsOf));
        if (absorbed.title != null && (later || survivor.title == null)) {
            survivor.title = absorbed.title;
        }
        if (absorbed.affiliationId != null && (later || survivor.affiliationId == null)) {
            survivor.affiliationId = absorbed.affiliationId;
        }
        if (later) {
            survivor.officeAsOf = absorbed.officeAsOf;
        }
    }
}
