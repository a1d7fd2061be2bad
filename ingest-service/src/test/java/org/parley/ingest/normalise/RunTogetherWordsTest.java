package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words run together by a scraper are split only when both halves are known and the whole is not a word. */
class RunTogetherWordsTest {

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    @Test
    void aNameRunTogetherWithTheNextWordIsSplit() {
        assertEquals("Bolivia's foreign minister, Ana Sosa Murillo and her Brazilian counterpart, Mauro Vieira meet "
                        + "this Thursday in La Paz, the ministry said.",
                normaliser.normalise("Bolivia's foreign minister, Ana Sosa Murilloand her Brazilian counterpart, "
                        + "Mauro Vieirameet this Thursday in La Paz, the ministry said.", null).text());
    }

    @Test
    void aWordRunTogetherWithAFunctionWordIsSplit() {
        assertEquals("The envoys ended the meeting with a statement.",
                RunTogetherWords.split("The envoys ended the meetingwith a statement."));
    }

    @Test
    void anAbbreviatedTitleGluedToANameIsSplit() {
        assertEquals("Another round of talks Dr. Tedros held was with the health ministers.",
                RunTogetherWords.split("Another round of talks Dr.Tedros held was with the health ministers."));
        assertEquals("Gen. Abdel Fattah al-Burhan received the envoy, and Mr. Perthes left.",
                RunTogetherWords.split("Gen.Abdel Fattah al-Burhan received the envoy, and Mr.Perthes left."));
        assertEquals("The U.S.A. team and St. Lucia", RunTogetherWords.split("The U.S.A. team and St. Lucia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // known words and names that contain a known name or word and a function word or verb
        "Harris", "Austin", "Zelensky", "Sherman", "Freeland", "Martin", "Putin", "Benin", "Johnson", "Albanese",
        "Stoltenberg", "Netanyahu",
        "however", "without", "together", "therefore", "handover", "turnout", "breakthrough", "ceasefire",
        "counterpart", "peacekeeping", "spokesperson",
        // names the vocabulary does not know
        "Blinken", "Kuleba", "Baerbock", "Zelenskyy", "Cavusoglu", "Abdullahian", "Hayatsever", "Jaishankar",
        "Pezeshkian",
        // capitals inside, hyphens, apostrophes, long runs
        "McDonald", "Jean-Pierre", "Vieira's", "Murilloandmeetthisthursdayinlapazwithoutfail"
    })
    void wordsAndNamesStayWhole(String word) {
        assertEquals(word, RunTogetherWords.split(word));
    }

    @Test
    void theVocabularyComesFromTheModelsJar() {
        assertEquals(true, Vocabulary.get().size() > 100_000, "words: " + Vocabulary.get().size());
        assertEquals(true, Vocabulary.get().isName("Vieira"));
        assertEquals(true, Vocabulary.get().isVerbOrFunctionWord("meet"));
    }
}
