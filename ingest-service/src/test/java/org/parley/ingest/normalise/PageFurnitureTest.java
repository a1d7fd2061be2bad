package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.ingest.normalise.NormalisedArticle.DateSource;

/** Page furniture in several outlets' styles (fixtures in src/test/resources/normalise), one quirk per test. */
class PageFurnitureTest {

    private static final String STORY = "The foreign ministers of France and Germany met in Paris on Tuesday to "
            + "discuss the crisis.";

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    private NormalisedArticle fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/normalise/" + name)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + name);
            }
            return normaliser.normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        }
    }

    private String text(String raw) {
        return normaliser.normalise(raw, null).text();
    }

    @Test
    void wireStoryKeepsItsDatelineAndDropsCreditsAndStandards() throws IOException {
        NormalisedArticle article = fixture("wire-dateline.txt");
        assertEquals("Ukraine and Poland agree to hold border talks next month", article.title());
        assertTrue(article.text().startsWith("KYIV, June 16 (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba "
                + "spoke by phone with his Polish counterpart Zbigniew Rau on Thursday"));
        assertTrue(article.text().endsWith("\"We agreed that our teams will meet in July,\" Kuleba wrote on Twitter."));
        assertFalse(article.text().contains("UKRAINE CRISIS"));
        assertNull(article.publishedOn(), "a dateline without a year gives no date on its own");
    }

    @Test
    void guardianStyleDropsSectionsCaptionShareLinksAndMostViewed() throws IOException {
        NormalisedArticle article = fixture("guardian-style.txt");
        assertEquals("US and EU leaders meet in Brussels to coordinate sanctions", article.title());
        assertEquals(LocalDate.of(2022, 3, 29), article.publishedOn());
        assertEquals("""
                Joe Biden joins emergency Nato summit as allies weigh further measures against Moscow

                US President Joe Biden met European Council President Charles Michel in Brussels on Thursday to \
                coordinate a new package of sanctions.

                The two leaders discussed energy supplies and the humanitarian situation in Ukraine, a spokesperson \
                for Michel said.

                Biden is due to travel to Poland on Friday, where he will meet President Andrzej Duda.""",
                article.text());
    }

    @Test
    void usPaperDropsBylineRelatedLinkAdvertisementAndCopyright() throws IOException {
        NormalisedArticle article = fixture("us-paper.txt");
        assertNull(article.title());
        assertEquals(LocalDate.of(2022, 3, 17), article.publishedOn());
        assertEquals("""
                Secretary of State Antony Blinken will travel to Berlin next week for talks with German Foreign \
                Minister Annalena Baerbock, the State Department announced on Wednesday. The meeting will focus on \
                long-term energy security and the two diplomats' well-known differences over gas imports.

                Price said the secretary would also meet civil society leaders during the two-day visit.""",
                article.text());
    }

    @Test
    void blogDropsNewsletterAndFollowPromptsAndTags() throws IOException {
        NormalisedArticle article = fixture("blog-published-updated.txt");
        assertEquals(LocalDate.of(2022, 3, 10), article.publishedOn());
        assertEquals(DateSource.TEXT, article.publishedOnSource());
        assertEquals("""
                Foreign ministers of Turkey, Russia and Ukraine met in Antalya on Thursday, the first high-level \
                contact between Moscow and Kyiv since the war began.

                Turkish Foreign Minister Mevlut Cavusoglu hosted the talks and said he hoped they would lead to a \
                leaders' summit.""", article.text());
    }

    @Test
    void readMoreAndRelatedLinesGo() {
        assertEquals(STORY, text("READ MORE:Ukraine talks stall as troops mass\n" + STORY
                + "\nRELATED: Five things to know about the summit\nSee also: Timeline of the crisis"));
    }

    @Test
    void aLinkHeadingTakesItsHeadlinesWithItButNotTheNextParagraph() {
        assertEquals(STORY + "\n\nThe ministers will meet again in Berlin next month, officials said.",
                text(STORY + "\n\nRead More\nUS asks families of government employees to leave Belarus\n\n"
                        + "The ministers will meet again in Berlin next month, officials said."));
    }

    @Test
    void trailingHeadlineListsGoWithOrWithoutAHeading() {
        String list = "\nFlooding closes roads across northern England\nTech giant unveils new phone\n"
                + "Who is the new coach of the national team?\nCentral bank holds rates steady";
        assertEquals(STORY, text(STORY + "\nMost viewed" + list));
        assertEquals(STORY, text(STORY + "\nMORE FROM THE DAILY EXAMPLE" + list));
        assertEquals(STORY, text(STORY + "\n" + list));
    }

    @Test
    void oneOrTwoUnpunctuatedClosingLinesAreStoryNotAList() {
        String last = "And Belarus's president is in Moscow for talks with Russian President Vladimir Putin";
        assertEquals(STORY + "\n\n" + last, text(STORY + "\n" + last));
    }

    @Test
    void advertisementAndShareLinesGoEvenInsideAWrappedSentence() {
        assertEquals("The ministers said the talks would continue in Berlin next month.",
                text("The ministers said the talks would continue\nAdvertisement\nin Berlin next month.\n"
                        + "Share this article\nShare on WhatsApp"));
    }

    @Test
    void newsletterPromptsGo() {
        assertEquals(STORY, text(STORY + "\nSign up for our Morning Briefing newsletter.\n"
                + "Get the best of our journalism delivered to your inbox every weekday."));
    }

    @Test
    void photoCaptionsWithAgencyCreditsGo() {
        assertEquals(STORY, text("President Macron greets Chancellor Scholz at the Elysee on Monday. AP\n" + STORY
                + "\nTroops take part in an exercise near the border. / AA\n"
                + "Protesters gather outside the embassy. Photograph: Jane Roe/Reuters\n"
                + "Smoke rises over the city (Photo by John Doe/Getty Images)\n"
                + "FILE PHOTO: Russian Foreign Minister Sergei Lavrov attends a news conference"));
    }

    @Test
    void bylinesGo() {
        assertEquals(STORY, text("By Jane Doe and John Roe, Reuters\n" + STORY + "\nBy JOHN SMITH"));
    }

    @Test
    void aSentenceStartingWithByIsNotABylineTest() {
        String story = "By Tuesday the two sides had agreed on a ceasefire in the east.";
        assertEquals(story, text(story));
    }

    @Test
    void runTogetherAndSeparatedTagLinesGo() {
        assertEquals(STORY, text(STORY + "\nRussiaUSUkraineDiplomacy\nEurope | Diplomacy | Ukraine war"));
    }

    @Test
    void readingTimeAndSectionLabelsGo() {
        NormalisedArticle article = normaliser.normalise(
                "WORLD\n4 MIN READ\nBerlin and Paris agree on joint approach to Moscow\n" + STORY, null);
        assertEquals("Berlin and Paris agree on joint approach to Moscow", article.title());
        assertEquals(STORY, article.text());
    }

    @Test
    void repeatedHeadlineAndStandfirstGo() {
        String headline = "Berlin and Paris agree on joint approach to Moscow";
        String standfirst = "The two governments will coordinate their diplomacy ahead of next week's summit.";
        NormalisedArticle article = normaliser.normalise(
                headline + "\n" + standfirst + "\n" + headline + "\n" + standfirst + "\n\n" + STORY, null);
        assertEquals(headline, article.title());
        assertEquals(standfirst + "\n\n" + STORY, article.text());
    }

    @Test
    void sourceLineAndEditorNoteGo() {
        assertEquals(STORY, text(STORY + "\nThis is a developing story...\nSOURCE:Example World and agencies"));
    }

    @Test
    void noHeadlineMeansNoTitle() {
        assertNull(normaliser.normalise(STORY + "\n\nThey agreed to meet again in Berlin next month.", null).title());
    }
}
