package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.ingest.normalise.NormalisedArticle.DateSource;

/** The publication date: client first, then each date form a page prints, a dateline, an update; never invented. */
class PublishedDateTest {

    private static final String STORY = "The foreign ministers of France and Germany met in Paris on Tuesday to "
            + "discuss the crisis.\n\nThey agreed to meet again in Berlin next month.";

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    /** Each form on its own line above the story; the date line never reaches the story text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ' date 2022-02-18'                         | 2022-02-18
            'Published: 10 March 2022'                 | 2022-03-10
            'March 17, 2022 | 9:41 AM'                 | 2022-03-17
            'Updated 2022-03-19T08:12:00Z'             | 2022-03-19
            'Tue 29 Mar 2022 16.40 BST'                | 2022-03-29
            'February 9, 2022'                         | 2022-02-09
            'Feb 1, 2022'                              | 2022-02-01
            'Updated: February 1st 2022, 3:55 PM'      | 2022-02-01
            'Sept. 3, 2021'                            | 2021-09-03
            'Posted on 2022/04/05 at 10:00'            | 2022-04-05
            'By Jane Doe | Published 7 April 2022'     | 2022-04-07
            'Friday 8th of April 2022'                 | 2022-04-08
            """)
    void dateLineFormsAreRead(String dateLine, String expected) {
        NormalisedArticle article = normaliser.normalise(dateLine + "\n" + STORY, null);
        assertEquals(LocalDate.parse(expected), article.publishedOn());
        assertEquals(DateSource.TEXT, article.publishedOnSource());
        assertEquals(STORY, article.text());
    }

    @Test
    void datePrefixBeforeTheStoryIsReadAndRemoved() {
        NormalisedArticle article = normaliser.normalise(" date 2022-02-18 " + STORY, null);
        assertEquals(LocalDate.of(2022, 2, 18), article.publishedOn());
        assertEquals(STORY, article.text());
    }

    @Test
    void publicationDateIsPreferredOverAnEarlierPrintedUpdate() {
        NormalisedArticle article = normaliser.normalise(
                "Updated: March 12, 2022\nPublished: March 10, 2022\n" + STORY, null);
        assertEquals(LocalDate.of(2022, 3, 10), article.publishedOn());
    }

    @Test
    void bothDatesOnOneLineEachKeepTheirLabel() {
        NormalisedArticle article = normaliser.normalise(
                "Last updated 12 March 2022 - first published 10 March 2022\n" + STORY, null);
        assertEquals(LocalDate.of(2022, 3, 10), article.publishedOn());
    }

    @Test
    void anUpdateDateIsUsedWhenItIsTheOnlyOne() {
        NormalisedArticle article = normaliser.normalise(
                "Updated: February 1st 2022, 3:55 PM\n" + STORY, null);
        assertEquals(LocalDate.of(2022, 2, 1), article.publishedOn());
        assertEquals(DateSource.TEXT, article.publishedOnSource());
    }

    @Test
    void clientDateOutranksEveryDateInTheText() {
        NormalisedArticle article = normaliser.normalise("Published: 10 March 2022\n" + STORY,
                LocalDate.of(2022, 3, 11));
        assertEquals(LocalDate.of(2022, 3, 11), article.publishedOn());
        assertEquals(DateSource.CLIENT, article.publishedOnSource());
        assertEquals(STORY, article.text());
    }

    @Test
    void datelineWithoutAYearAndAClientDateGivesTheClientDate() {
        NormalisedArticle article = normaliser.normalise(
                "KYIV, June 16 (Reuters) - " + STORY, LocalDate.of(2022, 6, 16));
        assertEquals(LocalDate.of(2022, 6, 16), article.publishedOn());
        assertEquals(DateSource.CLIENT, article.publishedOnSource());
    }

    @Test
    void datelineTakesItsYearFromAnUpdateDateInTheText() {
        NormalisedArticle article = normaliser.normalise(
                "KYIV, June 16 (Reuters) - " + STORY + "\nLast updated June 17, 2022 11:02 GMT", null);
        assertEquals(LocalDate.of(2022, 6, 16), article.publishedOn());
        assertEquals(DateSource.TEXT, article.publishedOnSource());
        assertEquals("KYIV, June 16 (Reuters) - " + STORY, article.text());
    }

    @Test
    void datelineAcrossNewYearTakesTheCloserYear() {
        NormalisedArticle article = normaliser.normalise(
                "MOSCOW, Dec 31 (AFP) - " + STORY + "\nUpdated: January 2, 2023", null);
        assertEquals(LocalDate.of(2022, 12, 31), article.publishedOn());
    }

    @Test
    void datelineWithItsOwnYear() {
        NormalisedArticle article = normaliser.normalise("WASHINGTON, March 3, 2022 (AP) - " + STORY, null);
        assertEquals(LocalDate.of(2022, 3, 3), article.publishedOn());
    }

    @Test
    void datelineWithoutAnyYearGivesNoDate() {
        NormalisedArticle article = normaliser.normalise("KYIV, June 16 (Reuters) - " + STORY, null);
        assertNull(article.publishedOn());
        assertEquals(DateSource.NONE, article.publishedOnSource());
    }

    @Test
    void datesInsideStorySentencesAreNotPublicationDates() {
        NormalisedArticle article = normaliser.normalise("Russia invaded Ukraine on February 24, 2022.\n"
                + "On March 3, 2022, the two sides met in Belarus.\n" + STORY, null);
        assertNull(article.publishedOn());
        assertEquals(DateSource.NONE, article.publishedOnSource());
        assertFalse(article.text().isEmpty());
        assertEquals(true, article.text().contains("On March 3, 2022, the two sides met in Belarus."));
    }

    @Test
    void impossibleDatesAreIgnored() {
        NormalisedArticle article = normaliser.normalise("February 30, 2022\n" + STORY, null);
        assertNull(article.publishedOn());
    }
}
