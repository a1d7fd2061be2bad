package org.parley.entity.actor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One surface form of an actor, with its folded and transliteration keys (written by native upserts). */
@Entity
@Table(name = "actor_alias")
public class ActorAliasRow {

    @Id
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String folded;

    @Column(name = "alias_key", nullable = false)
    public String aliasKey;
}
