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
    void readersCommentsCloseThePage() {
        String blog = STORY + "\n\nThe talks will resume next month.\n\nComments\n\nAnonymous said…\nThe minister should "
                + "stay at home and fix the economy before flying abroad again.\nAnonymous said…\nJohn Smith of the "
                + "Enough Project told the Security Council on Monday that the talks had failed.\n";
        String text = text(blog);
        assertTrue(text.contains("resume next month"), text);
        assertFalse(text.contains("John Smith"), text);
        assertFalse(text.contains("economy"), text);
        String news = STORY + "\n\n12 comments\n\njdoe1984 wrote:\nPresident Maria Lopez never meets anyone. "
                + "She should have gone to Paris herself.\n";
        assertFalse(text(news).contains("Maria Lopez"), text(news));
    }

    @Test
    void aCommentsLinkInAShareBarIsNoEndOfTheStory() {
        String page = STORY + "\n\nShare\n3 Comments\n\nThe two ministers also spoke about energy prices, officials "
                + "said on Wednesday.\n";
        assertTrue(text(page).contains("energy prices"), text(page));
    }

    @Test
    void dataAPagesScriptPrintedIsDropped() {
        String dump = "string(412) \"[{\"id\":\"1805340\",\"sort\":\"3632605\",\"pic\":\"/2016/04/05/a_4x3.jpg\","
                + "\"title\":\"Minister Heads to Moscow for Consultations\"}]\"";
        String script = "var pageConfig = {\"section\": \"world\", \"articleId\": 88231, \"tags\": [\"diplomacy\"]};";
        for (String data : new String[]{dump, script}) {
            String text = text(STORY + "\n\n" + data + "\n\nThe talks will resume in May.");
            assertFalse(text.contains("articleId") || text.contains("3632605"), text);
            assertTrue(text.contains("resume in May"), text);
        }
        // quoted words and a colon in a story stay: "The message was clear": talks.
        assertTrue(text(STORY + "\n\nHe said \"yes\": the \"talks\" would go on.").contains("would go on"));
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

    @Test
    void bbcStyleDropsPublishedLabelShareRelatedTopicsImageLabelsAndMoreOnThisStory() throws IOException {
        NormalisedArticle article = fixture("bbc-style.txt");
        assertEquals("Russia warns West over new sanctions", article.title());
        assertEquals(LocalDate.of(2022, 2, 1), article.publishedOn());
        assertEquals("""
                Russia has warned Western countries against imposing new sanctions, its foreign ministry said on \
                Tuesday.

                Foreign Minister Sergei Lavrov spoke to US Secretary of State Antony Blinken by phone.""",
                article.text());
    }

    @Test
    void wireStoryDropsGalleryCaptionEmbedsCreditsPromptsAndStamps() throws IOException {
        NormalisedArticle article = fixture("wire-embeds.txt");
        assertEquals("Blinken says he is ready to meet Lavrov", article.title());
        assertEquals(LocalDate.of(2022, 2, 18), article.publishedOn(), "the date under 'Published', not 'Updated'");
        assertEquals("""
                WASHINGTON, Feb 18 (Reuters) - The top US diplomat said on Friday he was ready to meet his Russian \
                counterpart in Europe next week, as long as Russia did not invade Ukraine.

                The meeting could take place in Geneva, officials said.""", article.text());
    }

    @Test
    void hardWrappedTextKeepsItsBlankLineParagraphsOnly() throws IOException {
        NormalisedArticle article = fixture("hard-wrapped.txt");
        assertEquals("Ministers agree to meet again", article.title());
        assertEquals("""
                The foreign ministers of France, Germany and Poland met in Weimar on Tuesday and agreed to meet \
                again in Warsaw before the end of the year. The talks focused on energy security and support for \
                Ukraine, officials said after the meeting.

                Poland's foreign minister said the three countries would coordinate their positions ahead of the \
                Nato summit. He called the meeting a success.

                The next round is expected in Warsaw.""", article.text());
    }

    @Test
    void storySentencesThatStartLikeChromeAreKept() {
        String story = """
                More in Kyiv were evacuated on Friday as the shelling continued.

                Ukraine will sign up to the deal, our sources say.

                Writing by hand, the envoy sent a letter to the Kremlin.

                Copyright law was changed in 2019 by the parliament.

                Experts contributed to the report on war crimes, the UN said.

                Share prices fell in Moscow after the talks were cancelled.

                Related talks on grain exports will take place in Istanbul.""";
        assertEquals(story, text(story));
    }

    @Test
    void anEnumerationAfterAColonIsStoryNotALinkList() {
        String story = "The plan agreed in Minsk includes:\n\nA ceasefire in the east\n\nPrisoner exchanges\n\n"
                + "Talks on the status of Crimea";
        assertEquals(story, text(story.replace("\n\n", "\n")));
    }

    @Test
    void aCapitalsHeadingInsideTheStoryKeepsTheStoryAfterIt() {
        assertEquals(STORY + "\n\nThe two sides will meet again in Vienna next month, officials said.",
                text(STORY + "\nWHAT HAPPENS NEXT\nThe two sides will meet again in Vienna next month, officials "
                        + "said.\nOTHER NEWS\nFlooding closes roads\nTech giant unveils phone\nBank holds rates"));
    }

    @Test
    void aRankedMostReadListWithAgesGoes() {
        assertEquals(STORY, text(STORY + "\nMost read\n1\nFlooding closes roads across the north\n2\n"
                + "Tech giant unveils new phone\n3h ago\nBank holds rates steady"));
    }

    @Test
    void liveBlogTimeStampsAndPositionalCaptionsGo() {
        assertEquals(STORY + "\n\nThe talks lasted five hours, officials said.",
                text("10:41 GMT\n" + STORY + "\n4.12pm\nRussian President Vladimir Putin, right, and French "
                        + "President Emmanuel Macron meet at the Kremlin on Monday\n"
                        + "The talks lasted five hours, officials said.\nMacron (L) and Putin at the Kremlin."));
    }

    @Test
    void aWrappedStoryLineAfterALinkHeadingIsNotTakenForALink() {
        assertEquals(STORY + "\n\nRussian officials have told local media that Defence Minister Sergei Shoigu will "
                        + "speak with US Defence Secretary Lloyd Austin on Friday.",
                text(STORY + "\nRelated\nRussian officials have told local media that Defence Minister Sergei "
                        + "Shoigu will speak with US Defence\nSecretary Lloyd Austin on Friday."));
    }

    @Test
    void anUnpunctuatedOpeningStorySentenceIsNotTheTitle() {
        NormalisedArticle article = normaliser.normalise(" date 2022-02-18 Russian officials said Shoigu will "
                + "speak with Austin on Friday\n\nThe call followed a request by Austin, the ministry said.", null);
        assertNull(article.title());
        assertEquals("Russian officials said Shoigu will speak with Austin on Friday\n\n"
                + "The call followed a request by Austin, the ministry said.", article.text());
    }

    @Test
    void anOutletNameAboveTheHeadlineIsNotTheTitle() {
        NormalisedArticle article = normaliser.normalise(
                "The Washington Post\nBlinken and Lavrov agree to keep talking\n" + STORY, null);
        assertEquals("Blinken and Lavrov agree to keep talking", article.title());
        assertEquals(STORY, article.text());
    }

    @Test
    void accessibleListMarkupBreadcrumbsAndBracketCreditsGo() throws IOException {
        NormalisedArticle article = fixture("accessible-lists.txt");
        assertEquals("Lavrov and Kuleba hold first talks since invasion began", article.title());
        assertEquals(LocalDate.of(2022, 3, 10), article.publishedOn());
        assertEquals("""
                Foreign ministers meet in Turkey's Antalya but fail to agree on a ceasefire.

                The foreign ministers of Russia and Ukraine have held their first talks since Moscow launched its \
                invasion of Ukraine two weeks ago, but failed to make progress on a ceasefire.

                Ukraine's Dmytro Kuleba said after the meeting in the Turkish resort city of Antalya on Thursday that \
                he had proposed a 24-hour ceasefire.

                "Unfortunately, Minister Lavrov was not in a position to commit to this," he said.

                Lavrov said Moscow was open to further talks with Kyiv.""", article.text());
    }

    @Test
    void agencyContributionLinesRulesAndCoverageLinksGo() throws IOException {
        NormalisedArticle article = fixture("agency-contribution.txt");
        assertEquals("Blinken, Lavrov meet amid fears of Russian invasion of Ukraine", article.title());
        assertEquals(LocalDate.of(2022, 1, 21), article.publishedOn());
        assertEquals("""
                GENEVA (AP) - U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met \
                in Geneva on Friday for talks on the crisis over Ukraine.

                The two sides agreed to continue talking, Blinken told reporters after the 90-minute meeting.

                "We didn't expect any major breakthroughs," he said.""", article.text());
    }

    @Test
    void readerAppealsAndLowercaseBylinesGo() throws IOException {
        NormalisedArticle article = fixture("reader-appeal.txt");
        assertEquals("Zelensky meets Biden at White House", article.title());
        assertEquals(LocalDate.of(2022, 12, 21), article.publishedOn());
        assertEquals("""
                President Volodymyr Zelensky met U.S. President Joe Biden at the White House on Dec. 21, his first \
                trip abroad since Russia's full-scale invasion.

                The two leaders discussed air defense and further military aid, according to the Presidential \
                Office.""", article.text());
    }
}
