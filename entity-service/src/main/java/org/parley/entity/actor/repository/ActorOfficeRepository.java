package org.parley.entity.actor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.actor.model.ActorOffice;

import java.util.List;

/** Offices over time: a person's title and affiliation per reporting article. */
@ApplicationScoped
public class ActorOfficeRepository implements PanacheRepository<ActorOffice> {

    public List<ActorOffice> forActor(long actorId) {
        return list("actorId = ?1 order by asOf desc nulls last, id desc", actorId);
    }
}
