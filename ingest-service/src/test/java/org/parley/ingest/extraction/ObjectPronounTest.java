package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * An object pronoun never means the subject of its own clause ("X, who called on him": him is not X), so it reaches
 * back to the person before. Sentences written for this test.
 */
class ObjectPronounTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void aRelativeClausesObjectPronounIsTheEarlierPerson() {
        Result r = ArticleExtractorTest.run("President Hakainde Hichilema thanked Indian Foreign Secretary Vinay Kwatra, "
                + "who called on him at State House on Tuesday.", LocalDate.of(2023, 6, 7));
        assertEquals(Set.of("Vinay Kwatra", "Hakainde Hichilema"), r.names(r.only()));
    }

    @Test
    void aMainClausesObjectPronounIsTheEarlierPerson() {
        Result r = ArticleExtractorTest.run("Estonian Prime Minister Kristen Michal hosted a dinner on Monday. Japanese Foreign "
                + "Minister Yoko Kamikawa met him afterwards.", LocalDate.of(2024, 1, 9));
        assertEquals(Set.of("Yoko Kamikawa", "Kristen Michal"), r.names(r.x().engagements().stream()
                .filter(e -> r.names(e).contains("Yoko Kamikawa")).findFirst().orElseThrow()));
    }
}
