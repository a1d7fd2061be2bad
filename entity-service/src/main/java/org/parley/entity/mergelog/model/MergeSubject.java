package org.parley.entity.mergelog.model;

/** What a merge-log row is about. */
public enum MergeSubject {
    ACTOR, ENGAGEMENT
}
