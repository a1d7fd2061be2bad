package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ingest.normalise.NormalisedArticle.DateSource;

/** The five seed articles in the repository's seeds/ folder, normalised without a client date. */
class SeedArticlesTest {

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    private NormalisedArticle seed(String number) throws IOException {
        return normaliser.normalise(SeedFiles.read(number), null);
    }

    private static void assertKeeps(NormalisedArticle article, List<String> sentences) {
        for (String sentence : sentences) {
            assertTrue(article.text().contains(sentence), () -> "story sentence lost: " + sentence);
        }
    }

    private static void assertRemoved(NormalisedArticle article, List<String> furniture) {
        for (String piece : furniture) {
            assertFalse(article.text().contains(piece), () -> "furniture left in text: " + piece);
        }
    }

    private static void assertDate(NormalisedArticle article, String date) {
        assertEquals(LocalDate.parse(date), article.publishedOn());
        assertEquals(DateSource.TEXT, article.publishedOnSource());
    }

    @Test
    void seed000UnwrapsHardLineBreaksAndDropsTheDatePrefix() throws IOException {
        NormalisedArticle article = seed("000");
        assertNull(article.title());
        assertDate(article, "2022-02-18");
        assertFalse(article.text().contains("date 2022-02-18"), "date prefix left in the story");
        assertTrue(article.text().startsWith("Russian officials have told local media"));
        assertKeeps(article, List.of(
                "Russian officials have told local media that Defence Minister Sergei Shoigu will speak with US "
                        + "Defence Secretary Lloyd Austin on Friday.",
                "Elsewhere, US officials confirmed that Secretary of State Antony Blinken will meet with Russian "
                        + "Foreign Minister Sergei Lavrov in Europe late next week.",
                "State Department spokesperson Ned Price told reporters that Blinken had made clear to Russian "
                        + "officials that the only way to resolve the crisis on its western border was through "
                        + "diplomacy and had agreed to meet Lavrov in person.",
                "sometimes called \"Davos for defence\". Russia has refused to send a delegation for the first time "
                        + "since 1999.",
                "And Belarus's President Alexander Lukashenko is in Moscow for talks with Russian President "
                        + "Vladimir Putin"));
        for (String line : article.text().split("\n")) {
            if (!line.isEmpty()) {
                assertTrue(Prose.endsSentence(line) || line.equals(lastLine(article.text())),
                        () -> "paragraph ends mid-sentence: " + line);
            }
        }
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    @Test
    void seed001KeepsItsParagraphs() throws IOException {
        NormalisedArticle article = seed("001");
        assertNull(article.title());
        assertDate(article, "2022-02-19");
        assertTrue(article.text().startsWith("On Saturday, February 19, US Secretary of State Antony Blinken met"));
        assertKeeps(article, List.of(
                "Blinken, in an official press release, stated that he discussed the situation in and around "
                        + "Ukraine, as well as Russia's aggression, with Jean-Yves Le Drian.",
                "Furthermore, according to the State Department, Blinken has accepted an invitation to meet with "
                        + "his Russian counterpart Sergey Lavrov next week.",
                "A top US official detailed how Russia may invent an excuse to invade its neighbour at a UN Security "
                        + "Council meeting on the Ukraine situation.",
                "However, Sergey Vershinin, Russia's Deputy Foreign Minister, blamed the current situation on Kyiv's "
                        + "alleged violations of the 2015 Minsk cease-fire deal aimed at bringing peace to the rebel "
                        + "Donbas area."));
        assertEquals(7, article.text().split("\n\n").length, "paragraphs kept apart");
    }

    @Test
    void seed002NormalisesQuotes() throws IOException {
        NormalisedArticle article = seed("002");
        assertNull(article.title());
        assertDate(article, "2022-02-20");
        assertFalse(article.text().contains("\u201C") || article.text().contains("\u2019"), "curly quotes left");
        assertKeeps(article, List.of(
                "French President Emmanuel Macron and Russian chief Vladimir Putin on Sunday agreed to work for a "
                        + "ceasefire in japanese Ukraine, Macron's workplace stated.",
                "including that French Foreign Minister Jean-Yves Le Drian and his Russian counterpart Sergei Lavrov "
                        + "would meet \"in the coming days\".",
                "The two leaders final spoke by phone on February 12, in keeping with the White House.",
                "\"We are talking about the real possibility of war in Europe,\" she stated."));
    }

    @Test
    void seed003DropsCaptionCreditTagsAndTheHeadlineList() throws IOException {
        NormalisedArticle article = seed("003");
        assertEquals("Blinken urges Russia to de-escalate Ukraine crisis", article.title());
        assertDate(article, "2022-02-01");
        assertRemoved(article, List.of("Whoopi Goldberg", "Prince Andrew", "Story video icon", "EDITOR'S PICKS",
                "NEWSLETTERS", "Read More", "US asks families", "RussiaUSUkraineDiplomacy", "Updated:",
                "The National", "greets Russian Foreign Minister", "Feb 1, 2022",
                "Blinken urges Russia to de-escalate"));
        assertKeeps(article, List.of(
                "US Secretary of State Antony Blinken spoke on Tuesday with Russian Foreign Minister Sergey Lavrov "
                        + "and urged the \"immediate Russian de-escalation",
                "Moscow denies it intends to carry out such an attack, despite amassing more than 100,000 troops "
                        + "along its border with the former Soviet republic.",
                "Mr Blinken urged Russia to pursue a diplomatic path",
                "Mr Blinken and Mr Lavrov met for talks in Geneva last month."));
    }

    @Test
    void seed004DropsSectionLabelsReadMoreLinksAndExploreList() throws IOException {
        NormalisedArticle article = seed("004");
        assertEquals("France debriefs US as top UK diplomat flies to Russia to ease impasse", article.title());
        assertDate(article, "2022-02-09");
        assertRemoved(article, List.of("Kash Patel", "Netanyahu", "READ MORE", "Explore", "SOURCE:", "4 MIN READ",
                "Recommended", "WORLD", "/ AA", "holding training for civilians", "Most Europeans stand",
                "France debriefs US", "February 9, 2022", "\u00A0"));
        assertKeeps(article, List.of(
                "US President Joe Biden has got a debriefing from his French counterpart Emmanuel Macron about "
                        + "meetings this week with the leaders of Russia and Ukraine",
                "German Chancellor Olaf Scholz, who was at the White House on Monday, is to visit Ukraine and Russia "
                        + "next week.",
                "\"Russia should be in no doubt about the strength of our response,\" said Truss, who will meet "
                        + "Foreign Minister Sergey Lavrov during the two-day visit.",
                "Its spokesperson Maria Zakharova rejected warnings from Washington and its allies of a possible "
                        + "Russian invasion, calling them \"absurd.\"",
                "Western leaders in recent weeks have engaged in multiple rounds of high-stakes diplomacy in hopes "
                        + "of de-escalating the crisis."));
    }

    @Test
    void clientDateOutranksTheSeedsOwnDate() throws IOException {
        NormalisedArticle article = normaliser.normalise(SeedFiles.read("000"), LocalDate.of(2022, 2, 17));
        assertEquals(LocalDate.of(2022, 2, 17), article.publishedOn());
        assertEquals(DateSource.CLIENT, article.publishedOnSource());
    }
}
