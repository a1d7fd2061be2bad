package org.parley.entity.actor.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A person's title and affiliation as one article, dated by its publication, reports them. */
@Entity
@Table(name = "actor_office")
public class ActorOffice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String title;

    @Column(name = "affiliation_id")
    public Long affiliationId;
}
