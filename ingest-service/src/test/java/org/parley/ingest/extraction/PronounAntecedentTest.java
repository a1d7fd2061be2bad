package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;

/**
 * What a pronoun refers back to (docs/extraction.md, "Participants"): an office named alone ("the president") is a
 * mention of the one person named so far who holds it, and a pronoun reaches back over short sentences ("Period.").
 * Sentences written for this test.
 */
class PronounAntecedentTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.extractor = ArticleExtractor.loadedNow();
    }

    /** Who met or called whom; the visit each story also reports is not what these examples are about. */
    private static Set<Set<String>> pairs(Result r) {
        return r.x().engagements().stream().filter(e -> e.type() != ExtractedEngagement.Type.VISIT).map(r::names)
                .collect(Collectors.toSet());
    }

    @Test
    void anOfficeNamedAloneIsTheAntecedentOfALaterPronoun() {
        Result r = ArticleExtractorTest.run("Chinese Foreign Minister Wang Yi praised the visit of Brazilian President "
                + "Luiz Inacio Lula da Silva. Wang said ties were strong. The president later toured a car factory in "
                + "Shanghai. It was a long day. On Friday he met Premier Li Qiang in Beijing.", LocalDate.of(2023, 4, 16));
        assertEquals(Set.of(Set.of("Luiz Inacio Lula da Silva", "Li Qiang")), pairs(r));
        Result s = ArticleExtractorTest.run("Reporters asked spokeswoman Claire Dumas about Prime Minister Anthony "
                + "Albanese's diary. She said the prime minister had been in Perth all week. Period. There was no snub. "
                + "None at all. When he phoned Japanese Prime Minister Fumio Kishida on May 3, they discussed trade.",
                LocalDate.of(2023, 5, 20));
        assertEquals(Set.of(Set.of("Anthony Albanese", "Fumio Kishida")), pairs(s));
    }

    @Test
    void theSubjectPronounOfAJoinedClauseKeepsTheFirstClausesSubject() {
        // "Buhari is to meet Hollande, and he will also sit down with …" (Naharnet, 2015)
        Result r = ArticleExtractorTest.run("On Monday evening Nigerian President Muhammadu Buhari is to meet French President "
                + "Francois Hollande, and he will also sit down with Defense Minister Jean-Yves Le Drian.", LocalDate.of(2015, 9, 13));
        ExtractedEngagement defence = r.x().engagements().stream().filter(e -> r.names(e).contains("Jean-Yves Le Drian"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("Muhammadu Buhari", "Jean-Yves Le Drian"), r.names(defence));
    }
}
