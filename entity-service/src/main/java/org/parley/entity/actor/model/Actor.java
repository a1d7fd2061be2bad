package org.parley.entity.actor.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A canonical person, country or organisation, one row however many names it goes by. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ActorKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "match_key", nullable = false)
    public String matchKey;

    @Column(name = "surname_key")
    public String surnameKey;

    public String title;

    @Column(name = "affiliation_id")
    public Long affiliationId;

    @Column(name = "office_as_of")
    public LocalDate officeAsOf;
}
