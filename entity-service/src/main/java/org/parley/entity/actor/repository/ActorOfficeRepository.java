package org.parley.entity.actor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.actor.model.ActorOffice;
import org.parley.entity.common.repository.Statements;

import java.util.List;
import java.util.Map;

/** Offices over time: a person's title and affiliation per reporting article. */
@ApplicationScoped
public class ActorOfficeRepository implements PanacheRepository<ActorOffice> {

    public List<ActorOffice> forActor(long actorId) {
        return list("actorId = ?1 order by asOf desc nulls last, id desc", actorId);
    }

    /**
     * Gives the survivor the absorbed person's offices; where both have one from the same article, the survivor's
     * keeps its title and affiliation and takes the other's only where it has none.
     */
    public void moveOffices(long absorbedId, long survivorId) {
        Statements.run(getEntityManager(), Map.of("absorbed", absorbedId, "survivor", survivorId), List.of("""
                        UPDATE actor_office s SET title = COALESCE(s.title, a.title),
                            affiliation_id = COALESCE(s.affiliation_id, a.affiliation_id)
                        FROM actor_office a
                        WHERE s.actor_id = :survivor AND a.actor_id = :absorbed AND a.article_id = s.article_id""",
                """
                        DELETE FROM actor_office a WHERE a.actor_id = :absorbed AND EXISTS (SELECT 1 FROM actor_office s
                            WHERE s.actor_id = :survivor AND s.article_id = a.article_id)""",
                "UPDATE actor_office SET actor_id = :survivor WHERE actor_id = :absorbed"));
    }
}
