package org.parley.entity.actor.model;

/** What an actor is: the values of the contract's {@code ActorKind}. */
public enum ActorKind {
    PERSON, COUNTRY, ORGANIZATION
}
