package org.parley.ingest.extraction;

import java.util.List;

/**
 * An actor as named in one article.
 *
 * @param ref            article-local reference used by participants and affiliations, e.g. "a3"
 * @param name           the fullest form the article uses, e.g. "Sergei Lavrov", "United States"
 * @param kind           PERSON, COUNTRY or ORGANIZATION
 * @param title          office held as the article states it, e.g. "Foreign Minister"; null if none
 * @param affiliationRef ref of the country or organisation a person acts for; null if unknown
 * @param mentions       every surface form the article uses for this actor, name included
 */
public record ExtractedActor(String ref, String name, ActorKind kind, String title, String affiliationRef,
                             List<String> mentions) {

    public ExtractedActor {
        mentions = List.copyOf(mentions);
    }

    /** Kinds of actor, as in the client schema. */
    public enum ActorKind { PERSON, COUNTRY, ORGANIZATION }
}
