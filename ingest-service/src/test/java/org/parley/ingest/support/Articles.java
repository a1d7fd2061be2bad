package org.parley.ingest.support;

import java.util.UUID;

/** Article texts of our own making; a fresh case number keeps each test's story distinct from every other. */
public final class Articles {

    private Articles() {
    }

    public static String story() {
        return story(UUID.randomUUID().toString());
    }

    /** A story naming {@code caseId}, so that a test can recognise its text. */
    public static String story(String caseId) {
        return """
                GENEVA, March 4, 2023 (Reuters) - Swiss Foreign Minister Ignazio Cassis met his Norwegian counterpart \
                Anniken Huitfeldt in Geneva on Friday to discuss mediation efforts, the Swiss foreign ministry said.

                The two ministers agreed to hold further talks in Oslo later this month, according to a statement \
                that also mentioned case %s.""".formatted(caseId);
    }
}
