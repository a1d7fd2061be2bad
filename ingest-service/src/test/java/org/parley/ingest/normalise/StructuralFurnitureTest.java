package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Furniture told by the shape of its block, not by its wording; story kept whole. Texts written for these tests. */
class StructuralFurnitureTest {

    private static final String FIRST = "OSLO (Nordic Wire) - The foreign ministers of Chile and Norway met in Oslo on "
            + "Tuesday to discuss fishing quotas, officials said.";
    private static final String SECOND = "Chilean Foreign Minister Ana Reyes told reporters the talks had been "
            + "\"frank and useful\" and that both sides wanted a deal by the spring.";
    private static final String THIRD = "\"We will meet again in Santiago,\" Reyes said.";
    private static final String SHORT = "No date was set.";

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    private String text(String raw) {
        return normaliser.normalise(raw, null).text();
    }

    private static String story() {
        return FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + SHORT;
    }

    @Test
    void aBulletedMoreFromBlockUnderAShareBarAndANewsletterPromptGoesWhole() {
        String raw = FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + SHORT + "\n\n"
                + "Share on Facebook Share on X Email\n"
                + "MORE FROM THE NORTHERN COURIER\n"
                + "• Singer Lena Moberg cancels her summer tour\n"
                + "• Trawler crew rescued off the Lofoten coast\n"
                + "• Why Bergen's old harbour is sinking\n"
                + "Get our morning briefing in your inbox every weekday\n";
        assertEquals(story(), text(raw));
    }

    @Test
    void aBulletedListWithoutAnyHeadingGoesToo() {
        String raw = FIRST + "\n\n- Singer Lena Moberg cancels her summer tour\n- Trawler crew rescued off the Lofoten "
                + "coast\n\n" + SECOND;
        assertEquals(FIRST + "\n\n" + SECOND, text(raw));
    }

    @Test
    void aRelatedBlockInsideTheStoryGoesAndTheStoryAroundItStays() {
        String raw = FIRST + "\n\nRelated\n\nChile and Peru sign border accord\n\nNorway names new envoy to "
                + "Argentina\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + SHORT;
        assertEquals(story(), text(raw));
    }

    @Test
    void threeBareHeadlinesBetweenStoryParagraphsGo() {
        String raw = FIRST + "\n\nChile and Peru sign border accord\nNorway names new envoy to Argentina\n"
                + "Salmon prices hit record high\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + SHORT;
        assertEquals(story(), text(raw));
    }

    @Test
    void anEnumerationAfterAColonStays() {
        String raw = FIRST + "\nThe delegations included:\nChile's fisheries agency\nNorway's coast guard\n"
                + "The Nordic Fishing Council\n\n" + SHORT;
        String text = text(raw);
        assertTrue(text.contains("Norway's coast guard"), text);
    }

    @Test
    void photoCreditsInsideAParagraphGo() {
        assertEquals(FIRST + " " + SHORT, text(FIRST + " (Nordic Press Agency) " + SHORT));
        assertEquals(FIRST + " " + SHORT, text(FIRST + " Photo: Getty Images " + SHORT));
        assertEquals(FIRST + " " + SHORT, text(FIRST + " (Photo: Lars Holm/Nordic Pictures) " + SHORT));
        assertEquals(FIRST + " " + SHORT, text(FIRST + " Photo: Getty " + SHORT));
    }

    @Test
    void bracketsThatAreStoryStay() {
        String line = "Officials of the Palestinian Authority (PA) and the North Atlantic Treaty Organization (Nato) "
                + "met in Oslo on Tuesday.";
        assertEquals(line, text(line));
        assertTrue(text(FIRST).startsWith("OSLO (Nordic Wire) - The foreign ministers"));
    }

    @Test
    void bylinesAndAuthorBoxesGo() {
        String raw = "By Emily Carter, Thomas Lindqvist\n\n" + FIRST + "\n\n" + SHORT + "\n\nEmily Carter, Thomas "
                + "Lindqvist\n\nEmily Carter is the Northern Courier's diplomatic correspondent based in Oslo.";
        assertEquals(FIRST + "\n\n" + SHORT, text(raw));
    }

    @Test
    void menuEntriesGoEvenWhenTheyNameLeaders() {
        String raw = FIRST + "\n\nHome World Politics Churchill Lincoln Mandela Opinion\n\n" + SECOND
                + "\n\nWorld\nPolitics\nChurchill's War Rooms\nMandela Remembered\n\n" + SHORT;
        String text = text(raw);
        assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + SHORT, text);
        assertFalse(text.contains("Churchill"));
    }

    @Test
    void readTeasersGo() {
        String raw = FIRST + "\n\nRead: Why Norway's fishing talks keep failing\n\n" + SECOND
                + "\n\nREAD Chile's new envoy takes office in Oslo\n\n" + SHORT;
        assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + SHORT, text(raw));
    }

    @Test
    void shortStorySentencesDatelinesAndQuotesStay() {
        String raw = "OSLO, March 3 (Nordic Wire) - The ministers met on Tuesday.\n\nThey agreed.\n\n"
                + "\"Never again,\" Reyes said.\n\nTalks resume in May.\n\n\"It was a good day.\"";
        assertEquals(raw, text(raw));
    }

    @Test
    void aStoryWrittenInShortLinesIsNotAList() {
        String raw = "Chile and Norway agreed on Tuesday to resume fishing talks in\nSantiago next month after "
                + "a year of deadlock, the two\nforeign ministries said in a joint statement.\n\n"
                + "Norwegian Foreign Minister Lars Holm and Chilean\nForeign Minister Ana Reyes Solano\n"
                + "signed the statement in Oslo.";
        assertEquals("Chile and Norway agreed on Tuesday to resume fishing talks in Santiago next month after a "
                + "year of deadlock, the two foreign ministries said in a joint statement.\n\nNorwegian Foreign "
                + "Minister Lars Holm and Chilean Foreign Minister Ana Reyes Solano signed the statement in Oslo.",
                text(raw));
    }
}
