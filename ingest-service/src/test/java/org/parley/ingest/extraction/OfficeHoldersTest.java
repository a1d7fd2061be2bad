package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * Office holders named with their office (docs/extraction.md, "Actors" and "Merging"): a portfolio after the office
 * ("Minister of Foreign Affairs and International Cooperation") is part of the title, the country before it the
 * person's; an office set off by a comma before the name ("Fiji's foreign minister, X") is the title when its
 * country is named; a country whose own person takes part is that person; a meeting reported by country ("his counterparts
 * from A and B") and then by A's minister is one meeting, the minister's; "X, his Somali counterpart" holds the
 * other's office in Somalia. Sentences written for this test.
 */
class OfficeHoldersTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static Set<Set<String>> pairs(Result r) {
        return r.x().engagements().stream().map(r::names).collect(Collectors.toSet());
    }

    private static String affiliationOf(Result r, String person) {
        return r.x().actors().stream().filter(a -> a.name().equals(person)).findFirst()
                .map(a -> r.byRef().get(a.affiliationRef())).map(ExtractedActor::name).orElse(null);
    }

    @Test
    void aPortfolioAfterTheOfficeIsPartOfTheTitle() {
        Result r = ArticleExtractorTest.run("Kenyan Cabinet Secretary Musalia Mudavadi and Rwandan Minister of Foreign "
                + "Affairs and International Cooperation Vincent Biruta discussed trade in Kigali on Monday. Vincent "
                + "Biruta later said the talks were useful.", LocalDate.of(2023, 3, 8));
        assertEquals(Set.of(Set.of("Musalia Mudavadi", "Vincent Biruta")), pairs(r));
        assertEquals("Rwanda", affiliationOf(r, "Vincent Biruta"));
        Result s = ArticleExtractorTest.run("Ghanaian Minister of Foreign Affairs and Regional Integration Shirley Ayorkor "
                + "Botchwey met Togolese Foreign Minister Robert Dussey in Accra on Tuesday.", LocalDate.of(2022, 6, 9));
        assertEquals(Set.of(Set.of("Shirley Ayorkor Botchwey", "Robert Dussey")), pairs(s));
        assertEquals("Ghana", affiliationOf(s, "Shirley Ayorkor Botchwey"));
    }

    private static String titleOf(Result r, String person) {
        return r.x().actors().stream().filter(a -> a.name().equals(person)).findFirst()
                .map(ExtractedActor::title).orElse(null);
    }

    @Test
    void aCounterpartSetOffAfterTheNameHoldsTheOtherOfficeInTheNamedCountry() {
        Result r = ArticleExtractorTest.run("On Monday Kenyan Foreign Minister Musalia Mudavadi took a call from Ahmed "
                + "Moallim Fiqi, his Somali counterpart. The foreign ministers of Kenya and Somalia agreed to meet in "
                + "Nairobi.", LocalDate.of(2024, 6, 4));
        assertEquals("Foreign Minister", titleOf(r, "Ahmed Moallim Fiqi"));
        assertEquals("Somalia", affiliationOf(r, "Ahmed Moallim Fiqi"));
        assertEquals(Set.of(Set.of("Musalia Mudavadi", "Ahmed Moallim Fiqi")), pairs(r));
        Result s = ArticleExtractorTest.run("Brazilian President Luiz Inacio Lula da Silva welcomed Gustavo Petro, her "
                + "Colombian counterpart, in Brasilia on Tuesday.", LocalDate.of(2023, 7, 12));
        assertEquals("President", titleOf(s, "Gustavo Petro"));
        assertEquals("Colombia", affiliationOf(s, "Gustavo Petro"));
    }

    @Test
    void aCounterpartNamedBeforeThePersonWhoseCounterpartHeIsHoldsTheSameOffice() {
        Result r = ArticleExtractorTest.run("At a news conference with her Nigerian counterpart Yusuf Tuggar, Ghanaian "
                + "Foreign Minister Shirley Ayorkor Botchwey said trade had grown.", LocalDate.of(2024, 2, 14));
        assertEquals("Foreign Minister", titleOf(r, "Yusuf Tuggar"));
        assertEquals("Nigeria", affiliationOf(r, "Yusuf Tuggar"));
        Result s = ArticleExtractorTest.run("Egyptian Foreign Minister Sameh Shoukry spoke in Cairo on Saturday. Speaking "
                + "beside his US counterpart John Kerry, Shoukry said the talks had been frank.", LocalDate.of(2014, 9, 13));
        assertEquals("Secretary of State", titleOf(s, "John Kerry"));
    }

    @Test
    void anOfficeSetOffByACommaBeforeTheNameIsTheTitleWhenItsCountryIsNamed() {
        Result r = ArticleExtractorTest.run("Kenya's foreign minister, Musalia Mudavadi, met envoys in Nairobi on Monday.",
                LocalDate.of(2023, 3, 8));
        assertEquals("Kenya", affiliationOf(r, "Musalia Mudavadi"));
        assertEquals("Foreign Minister", titleOf(r, "Musalia Mudavadi"));
        Result s = ArticleExtractorTest.run("The talks were chaired by the Peruvian prime minister, Alberto Otarola, who "
                + "spoke to reporters afterwards.", LocalDate.of(2023, 5, 2));
        assertEquals("Peru", affiliationOf(s, "Alberto Otarola"));
        assertEquals("Prime Minister", titleOf(s, "Alberto Otarola"));
        Result t = ArticleExtractorTest.run("After briefing the prime minister, Daniel Okafor flew to Lagos on Monday.",
                LocalDate.of(2023, 5, 2));
        assertEquals(null, titleOf(t, "Daniel Okafor"));
    }

    @Test
    void aCountrysMeetingIsItsMinistersWhenTheArticleNamesHim() {
        Result r = ArticleExtractorTest.run("Indonesian Foreign Minister Retno Marsudi also conferred with her counterparts "
                + "from Japan and Australia on Friday. During her meeting with Japanese Foreign Minister Yoko Kamikawa, "
                + "she raised the situation in Myanmar.", LocalDate.of(2023, 7, 15));
        assertEquals(Set.of(Set.of("Retno Marsudi", "Yoko Kamikawa"), Set.of("Retno Marsudi", "Australia")), pairs(r));
        Result s = ArticleExtractorTest.run("Turkish Foreign Minister Hakan Fidan held talks with his counterparts from "
                + "Egypt and Jordan in Ankara on Monday. In his meeting with Jordanian Foreign Minister Ayman Safadi, "
                + "Fidan discussed the war in Gaza.", LocalDate.of(2024, 2, 6));
        assertEquals(Set.of(Set.of("Hakan Fidan", "Ayman Safadi"), Set.of("Hakan Fidan", "Egypt")), pairs(s));
        Result t = ArticleExtractorTest.run("Australian Foreign Minister Penny Wong held bilateral meetings with "
                + "counterparts from Fiji and Samoa in Suva on Tuesday. The talks covered climate finance. Wong also "
                + "visited a school. Reporters asked about China. She said the region was calm. Wong also held talks "
                + "with Fiji's foreign minister, Sitiveni Rabuka, on fisheries.", LocalDate.of(2024, 5, 22));
        assertEquals(Set.of(Set.of("Penny Wong", "Sitiveni Rabuka"), Set.of("Penny Wong", "Samoa")), pairs(t));
    }

    @Test
    void anOfficeOfAStateInItsFormalStyleSetOffBeforeTheNameIsTheTitleAndTheCounterpart() {
        Result r = ArticleExtractorTest.run("Kazakhstan's Foreign Minister Murat Nurtleu on Monday held talks with the "
                + "Minister of Foreign Affairs of the Kyrgyz Republic, Jeenbek Kulubaev.", LocalDate.of(2023, 3, 8));
        assertEquals(Set.of(Set.of("Murat Nurtleu", "Jeenbek Kulubaev")), pairs(r));
        assertEquals("Minister of Foreign Affairs", titleOf(r, "Jeenbek Kulubaev"));
        Result s = ArticleExtractorTest.run("Prime Minister Mark Carney spoke on Tuesday with the President of the United "
                + "Mexican States, Claudia Sheinbaum.", LocalDate.of(2025, 7, 16));
        assertEquals(Set.of(Set.of("Mark Carney", "Claudia Sheinbaum")), pairs(s));
        assertEquals("Mexico", affiliationOf(s, "Claudia Sheinbaum"));
    }

    @Test
    void aCounterpartInACountryIsThatCountrysHolderOfTheOffice() {
        Result r = ArticleExtractorTest.run("Ghana's Foreign Minister Samuel Okudzeto Ablakwa spoke to reporters. Nigeria's "
                + "Foreign Minister Yusuf Tuggar has held a meeting with his counterpart in Ghana.", LocalDate.of(2025, 7, 31));
        assertEquals(Set.of(Set.of("Yusuf Tuggar", "Samuel Okudzeto Ablakwa")), pairs(r));
        Result s = ArticleExtractorTest.run("Peru's Foreign Minister Javier Gonzalez-Olaechea arrived on Monday. Chilean "
                + "Foreign Minister Alberto van Klaveren met his counterpart in Peru on Tuesday.", LocalDate.of(2024, 3, 8));
        assertEquals(Set.of(Set.of("Alberto van Klaveren", "Javier Gonzalez-Olaechea")), pairs(s));
    }

    @Test
    void aNameItsVerbFollowsStartsAClauseAndHoldsNoOfficeSetOffBeforeIt() {
        // "Following a two-hour private meeting with the Jordanian monarch, Netanyahu declared …" (Time, 1997)
        Result r = ArticleExtractorTest.run("Following a private meeting with the Jordanian monarch, Benjamin Netanyahu "
                + "declared that building would go ahead.", LocalDate.of(1997, 3, 16));
        assertEquals(null, r.actor("Benjamin Netanyahu").title());
        assertEquals(null, r.actor("Benjamin Netanyahu").affiliationRef());
    }

    @Test
    void theHeadOfABodyIsTheOnePersonGivenAnOfficeInIt() {
        // "The head of the UN will travel first to Slovenia" (Eurasia Review, 2012); "the IMF chief met …" (wire style)
        Result r = ArticleExtractorTest.run("UN Secretary-General Ban Ki-moon will set out on Friday on a tour of the Western "
                + "Balkans. The head of the UN will travel first to Slovenia on Friday.", LocalDate.of(2012, 7, 19));
        assertEquals(Set.of("Ban Ki-moon", "Slovenia"), r.names(r.only()));
    }
}
