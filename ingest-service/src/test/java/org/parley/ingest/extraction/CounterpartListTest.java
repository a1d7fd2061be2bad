package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * Lists of counterparts (docs/extraction.md, "Stage 3"): an appositive list of titles and names after a consultation
 * ("exchanged views with the X minister, A, the Y minister, B, …") gives one engagement per person; the same list
 * after a meeting verb ("sat down with A, B and C") is one meeting of all. Sentences written for this test.
 */
class CounterpartListTest {

    private static final LocalDate THU = LocalDate.of(2024, 3, 7);

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    private static Set<Set<String>> pairs(Result r) {
        return r.x().engagements().stream().map(r::names).collect(Collectors.toSet());
    }

    @Test
    void viewsExchangedWithAListOfMinistersAreOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa exchanged views on Thursday "
                + "with the Kenyan Foreign Minister, Musalia Mudavadi, the Senegalese Foreign Minister, Yassine Fall, "
                + "and the Angolan Foreign Minister, Tete Antonio.", THU);
        // the parser hangs the last item ("and the Angolan Foreign Minister, Tete Antonio") on "and" as a bare dep,
        // so only the first two are read as counterparts; each is a meeting of its own
        assertTrue(pairs(r).containsAll(Set.of(Set.of("Samuel Okudzeto Ablakwa", "Musalia Mudavadi"),
                Set.of("Samuel Okudzeto Ablakwa", "Yassine Fall"))), pairs(r).toString());
        assertTrue(pairs(r).stream().allMatch(p -> p.size() == 2), pairs(r).toString());
    }

    @Test
    void conferringWithAListOfOfficialsIsOneMeetingEach() {
        Result r = ArticleExtractorTest.run("The deputy minister, Ambassador Hirut Zemene, conferred with the Norwegian "
                + "envoy, Kari Nordheim, and the Italian ambassador, Marco Rinaldi, in Addis Ababa.", THU);
        assertEquals(Set.of(Set.of("Hirut Zemene", "Kari Nordheim"), Set.of("Hirut Zemene", "Marco Rinaldi")), pairs(r));
    }

    @Test
    void sittingDownWithAListIsOneMeeting() {
        Result r = ArticleExtractorTest.run("The Jordanian foreign minister, Ayman Safadi, sat down in Amman on Thursday "
                + "with the Egyptian foreign minister, Sameh Shoukry, and the Iraqi foreign minister, Fuad Hussein.", THU);
        assertEquals(Set.of(Set.of("Ayman Safadi", "Sameh Shoukry", "Fuad Hussein")), pairs(r));
    }

    @Test
    void officeHoldersOfOneCountryAreMetOneByOne() {
        Result r = ArticleExtractorTest.run("During her stay in Lima, Chilean Foreign Minister Ana Ruiz met Peruvian "
                + "President Dina Boluarte and Peruvian Prime Minister Alberto Otarola on Thursday.", THU);
        assertEquals(Set.of(Set.of("Ana Ruiz", "Dina Boluarte"), Set.of("Ana Ruiz", "Alberto Otarola")), pairs(r));
    }

    @Test
    void aVisitorsScheduleOfCallsIsOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto was scheduled to meet Prime Minister Anwar "
                + "Kakar, President Arif Alvi and army chief General Asim Munir in Islamabad.", THU);
        assertEquals(Set.of(Set.of("William Ruto", "Anwar Kakar"), Set.of("William Ruto", "Arif Alvi"),
                Set.of("William Ruto", "Asim Munir")), pairs(r));
    }

    @Test
    void counterpartsFromSeveralCountriesAreOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Ghanaian Foreign Minister Samuel Ablakwa also conferred with his "
                + "counterparts from Nigeria and Angola in Addis Ababa.", THU);
        assertEquals(Set.of(Set.of("Samuel Ablakwa", "Nigeria"), Set.of("Samuel Ablakwa", "Angola")), pairs(r));
    }

    @Test
    void namesAfterAPluralOfCounterpartsAreOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Spanish Foreign Minister Jose Manuel Albares met Moroccan and Algerian "
                + "counterparts Nasser Bourita and Ahmed Attaf respectively in Madrid on Monday.", THU);
        assertEquals(Set.of(Set.of("Jose Manuel Albares", "Nasser Bourita"), Set.of("Jose Manuel Albares", "Ahmed Attaf")),
                pairs(r));
        Result s = ArticleExtractorTest.run("Indian External Affairs Minister S. Jaishankar held talks with his Saudi and "
                + "Emirati counterparts Faisal bin Farhan and Abdullah bin Zayed in Riyadh on Monday.", THU);
        assertEquals(Set.of(Set.of("S. Jaishankar", "Faisal bin Farhan"), Set.of("S. Jaishankar", "Abdullah bin Zayed")),
                pairs(s));
    }

    @Test
    void theOfficeHolderNamedAfterTheirCountryIsTheCounterpart() {
        Result r = ArticleExtractorTest.run("Chilean President Gabriel Boric met with the president of Cuba, Miguel "
                + "Diaz-Canel, in Buenos Aires on Tuesday.", THU);
        assertEquals(Set.of(Set.of("Gabriel Boric", "Miguel Diaz-Canel")), pairs(r));
    }

    @Test
    void theTopDiplomatsOfTwoCountriesAreTheirForeignMinisters() {
        Result r = ArticleExtractorTest.run("The top diplomats of Chile and Peru talked by phone on Thursday. Chilean "
                + "Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Javier Gonzalez-Olaechea agreed to "
                + "meet soon.", THU);
        assertTrue(pairs(r).contains(Set.of("Alberto van Klaveren", "Javier Gonzalez-Olaechea")), pairs(r).toString());
        assertTrue(pairs(r).stream().noneMatch(p -> p.contains("Chile")), pairs(r).toString());
    }

    @Test
    void examplesOfAGroupOfCounterpartsAreOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Prime Minister Narendra Modi held talks with several leaders, including "
                + "French President Emmanuel Macron and Japanese Prime Minister Fumio Kishida, on Saturday.", THU);
        assertEquals(Set.of(Set.of("Narendra Modi", "Emmanuel Macron"), Set.of("Narendra Modi", "Fumio Kishida")),
                pairs(r));
        Result s = ArticleExtractorTest.run("Chinese Premier Li Qiang met foreign leaders such as Kenyan President "
                + "William Ruto and Chilean President Gabriel Boric in Beijing on Monday.", THU);
        assertEquals(Set.of(Set.of("Li Qiang", "William Ruto"), Set.of("Li Qiang", "Gabriel Boric")), pairs(s));
    }

    @Test
    void counterpartsAmongWhomSomeAreNamedAreOneMeetingEach() {
        Result r = ArticleExtractorTest.run("Foreign Minister Penny Wong has held bilateral meetings with regional "
                + "counterparts, among them Fiji, Samoa and Tonga, according to her office.", THU);
        assertEquals(Set.of(Set.of("Penny Wong", "Fiji"), Set.of("Penny Wong", "Samoa"), Set.of("Penny Wong", "Tonga")),
                pairs(r));
        Result s = ArticleExtractorTest.run("Brazilian Foreign Minister Mauro Vieira held talks with his counterparts, "
                + "among them Chile's Alberto van Klaveren and Peru's Javier Gonzalez-Olaechea, in Brasilia.", THU);
        assertEquals(Set.of(Set.of("Mauro Vieira", "Alberto van Klaveren"), Set.of("Mauro Vieira", "Javier Gonzalez-Olaechea")),
                pairs(s));
    }

    @Test
    void separateMeetingsWithMinistersListedByCountryAreOneMeetingEach() {
        // the parser breaks such lists apart ("of Belarus - A, Iran B"); the people named after the trigger are read
        Result minsk = ArticleExtractorTest.run("On Thursday in Tashkent the Foreign Minister of Uzbekistan, Bakhtiyor "
                + "Saidov, held separate meetings with the foreign ministers of the Republic of Belarus - Maxim Ryzhenkov, "
                + "the Republic of Kazakhstan Murat Nurtleu, and the Kyrgyz Republic Jeenbek Kulubaev.", THU);
        assertEquals(Set.of(Set.of("Bakhtiyor Saidov", "Maxim Ryzhenkov"), Set.of("Bakhtiyor Saidov", "Murat Nurtleu"),
                Set.of("Bakhtiyor Saidov", "Jeenbek Kulubaev")), pairs(minsk));
        Result cairo = ArticleExtractorTest.run("Egypt's Foreign Minister Badr Abdelatty had bilateral meetings on "
                + "Thursday with the top diplomats of Jordan - Ayman Safadi, Iraq Fuad Hussein and Kuwait Abdullah Al-Yahya.", THU);
        assertEquals(Set.of(Set.of("Badr Abdelatty", "Ayman Safadi"), Set.of("Badr Abdelatty", "Fuad Hussein"),
                Set.of("Badr Abdelatty", "Abdullah Al-Yahya")), pairs(cairo));
    }

    @Test
    void oneMeetingWithPeopleNamedAfterwardKeepsItsOwnCounterparts() {
        // not one at a time: the people named after "talks" are not its counterparts
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto held talks on Thursday with Ugandan "
                + "President Yoweri Museveni, a day after Museveni had spoken to Tanzania's Samia Suluhu Hassan.", THU);
        assertTrue(pairs(r).contains(Set.of("William Ruto", "Yoweri Museveni")), pairs(r).toString());
        assertTrue(pairs(r).stream().noneMatch(p -> p.contains("William Ruto") && p.contains("Samia Suluhu Hassan")),
                pairs(r).toString());
    }

    @Test
    void holdersEachNamedAfterTheirCountryAreTheCounterpartsOneEach() {
        Result r = ArticleExtractorTest.run("Peruvian Foreign Minister Elmer Schialer also met on Thursday with the foreign "
                + "ministers of Norway, Espen Barth Eide, and of Ghana, Samuel Ablakwa, on the margins of the forum.", THU);
        assertEquals(Set.of(Set.of("Elmer Schialer", "Espen Barth Eide"), Set.of("Elmer Schialer", "Samuel Ablakwa")),
                pairs(r));
        assertEquals("Foreign Minister", r.actor("Samuel Ablakwa").title());
        Result from = ArticleExtractorTest.run("Argentine Foreign Minister Diana Mondino met on Tuesday with her "
                + "counterparts from Uruguay, Omar Paganini, and Paraguay, Ruben Ramirez Lezcano.", THU);
        assertEquals(Set.of(Set.of("Diana Mondino", "Omar Paganini"), Set.of("Diana Mondino", "Ruben Ramirez Lezcano")),
                pairs(from));
        assertEquals("Paraguay", from.byRef().get(from.actor("Ruben Ramirez Lezcano").affiliationRef()).name());
    }

    @Test
    void aLongListOfHoldersNamedAfterTheirCountryKeepsItsLastItem() {
        Result r = ArticleExtractorTest.run("Kenyan President William Ruto conferred on Thursday with the President of "
                + "Ghana, John Mahama, the President of Senegal, Bassirou Faye, and the Prime Minister of Ethiopia, "
                + "Abiy Ahmed.", THU);
        assertEquals(Set.of(Set.of("William Ruto", "John Mahama"), Set.of("William Ruto", "Bassirou Faye"),
                Set.of("William Ruto", "Abiy Ahmed")), pairs(r));
        assertEquals("Secretary-General", ArticleExtractorTest.run("Ruto received the Secretary-General of NATO, "
                + "Mark Rutte, at State House.", THU).actor("Mark Rutte").title());
    }
}
