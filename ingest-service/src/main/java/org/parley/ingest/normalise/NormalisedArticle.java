package org.parley.ingest.normalise;

import java.time.LocalDate;

/**
 * An article reduced to its story.
 *
 * @param text              story text only, layout repaired; evidence offsets refer to it
 * @param title             the headline, or null when the text has none
 * @param publishedOn       the client's date, else one found in the text, else null (never invented)
 * @param publishedOnSource where the date came from: CLIENT, TEXT, or NONE
 */
public record NormalisedArticle(String text, String title, LocalDate publishedOn, DateSource publishedOnSource) {

    public enum DateSource { CLIENT, TEXT, NONE }
}
