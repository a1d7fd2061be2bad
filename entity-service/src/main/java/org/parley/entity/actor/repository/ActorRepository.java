package org.parley.entity.actor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.entity.actor.model.Actor;
import org.parley.entity.actor.model.ActorKind;
import org.parley.entity.actor.service.NameKeys;
import org.parley.entity.common.repository.Statements;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Canonical actors, their aliases and the articles that name them. */
@ApplicationScoped
public class ActorRepository implements PanacheRepository<Actor> {

    /** The id of the actor with this identity, created when new; {@code created} tells which. */
    public record Upserted(long id, boolean created) {
    }

    /**
     * Inserts the actor unless one with the same kind and match key exists (the unique constraint decides, so two
     * concurrent deliveries of a new name end with one row) and returns the surviving row's id.
     */
    public Upserted upsert(ActorKind kind, String name, String matchKey, String surnameKey) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        INSERT INTO actor (kind, name, match_key, surname_key) VALUES (:kind, :name, :key, :surname)
                        ON CONFLICT (kind, match_key) DO UPDATE SET match_key = EXCLUDED.match_key
                        RETURNING id, (xmax = 0) AS created""")
                .setParameter("kind", kind.name())
                .setParameter("name", name)
                .setParameter("key", matchKey)
                .setParameter("surname", surnameKey)
                .getSingleResult();
        return new Upserted(((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    public Optional<Actor> findByMatchKey(ActorKind kind, String matchKey) {
        return find("kind = ?1 and matchKey = ?2", kind, matchKey).firstResultOptional();
    }

    public List<Actor> findBySurnameKey(ActorKind kind, String surnameKey) {
        return list("kind = ?1 and surnameKey = ?2 order by id", kind, surnameKey);
    }

    /**
     * Persons filed under this word key or with an alias that has it as a whole word: the candidates a name part can
     * belong to (Lula in Luiz Inácio Lula da Silva). Word keys are letters and digits only, so need no LIKE escaping;
     * the plain substring test is there for the trigram index.
     */
    public List<Actor> findPersonsByPart(String partKey) {
        return list("""
                kind = ?1 and (surnameKey = ?2 or id in (select a.actorId from ActorAliasRow a
                    where a.aliasKey like ?3 and concat(' ', a.aliasKey, ' ') like ?4)) order by id""",
                ActorKind.PERSON, partKey, "%" + partKey + "%", "% " + partKey + " %");
    }

    /**
     * Persons whose surname key starts with this letter and has a length in this range: the candidates a misspelt
     * surname can belong to.
     */
    public List<Actor> findPersonsBySurnameInitial(char initial, int minLength, int maxLength) {
        return list("kind = ?1 and surnameKey like ?2 and length(surnameKey) between ?3 and ?4 order by id",
                ActorKind.PERSON, initial + "%", minLength, maxLength);
    }

    /**
     * Persons stored under a surname alone (no full name was known for them) whose surname key is one of these, or
     * starts with this letter and has a length in this range: what a new full name may reveal to be its person.
     */
    public List<Actor> findSurnameRecords(Collection<String> surnameKeys, char initial, int minLength, int maxLength) {
        return list("""
                kind = ?1 and matchKey like 'surname:%' and (surnameKey in ?2
                    or surnameKey like ?3 and length(surnameKey) between ?4 and ?5) order by id""",
                ActorKind.PERSON, surnameKeys, initial + "%", minLength, maxLength);
    }

    /** Locks these actors' rows until the transaction ends, in id order; returns the ids that still exist. */
    @SuppressWarnings("unchecked")
    public List<Long> lockRows(Collection<Long> ids) {
        List<Number> rows = getEntityManager()
                .createNativeQuery("SELECT id FROM actor WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** Gives the survivor every alias and article of the absorbed actor, which then has none. */
    public void moveNamesAndArticles(long absorbedId, long survivorId) {
        Statements.run(getEntityManager(), Map.of("absorbed", absorbedId, "survivor", survivorId), List.of("""
                        INSERT INTO actor_alias (actor_id, alias, folded, alias_key)
                        SELECT :survivor, alias, folded, alias_key FROM actor_alias WHERE actor_id = :absorbed
                        ON CONFLICT (actor_id, alias) DO NOTHING""",
                "DELETE FROM actor_alias WHERE actor_id = :absorbed",
                """
                        INSERT INTO article_actor (article_id, actor_id)
                        SELECT article_id, :survivor FROM article_actor WHERE actor_id = :absorbed
                        ON CONFLICT DO NOTHING""",
                "DELETE FROM article_actor WHERE actor_id = :absorbed"));
    }

    /** Actors of this kind with an alias whose transliteration key is exactly {@code aliasKey}. */
    public List<Actor> findByAliasKey(ActorKind kind, String aliasKey) {
        return list("""
                kind = ?1 and id in (select a.actorId from ActorAliasRow a where a.aliasKey = ?2) order by id""",
                kind, aliasKey);
    }

    /** Adds surface forms the actor was named by; forms it already has are skipped. */
    public void addAliases(long actorId, Collection<String> aliases) {
        for (String alias : aliases) {
            getEntityManager().createNativeQuery("""
                            INSERT INTO actor_alias (actor_id, alias, folded, alias_key)
                            VALUES (:actor, :alias, :folded, :key)
                            ON CONFLICT (actor_id, alias) DO NOTHING""")
                    .setParameter("actor", actorId)
                    .setParameter("alias", alias)
                    .setParameter("folded", NameKeys.fold(alias))
                    .setParameter("key", NameKeys.nameKey(alias))
                    .executeUpdate();
        }
    }

    /** Records that the article names the actor. */
    public void linkArticle(UUID articleId, long actorId) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO article_actor (article_id, actor_id) VALUES (:article, :actor)
                        ON CONFLICT DO NOTHING""")
                .setParameter("article", articleId)
                .setParameter("actor", actorId)
                .executeUpdate();
    }
}
