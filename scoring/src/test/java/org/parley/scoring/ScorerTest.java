package org.parley.scoring;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {

    private static final LocalDate MARCH_7 = LocalDate.of(2024, 3, 7);

    private static GoldStandard gold() throws Exception {
        try (InputStream in = ScorerTest.class.getResourceAsStream("/small.gold.json")) {
            return GoldStandard.read(in);
        }
    }

    private static SystemEngagement record(String type, String status, LocalDate start, LocalDate end, String... names) {
        return new SystemEngagement(type, status, start, end, Set.of(names), "evidence");
    }

    @Test
    void aliasesWithOtherAccentsAndCaseMatchTheCanonicalName() throws Exception {
        Score score = Scorer.score(gold().forArticle("a.txt"), List.of("ANA LIMA", "berg"),
                List.of(record("MEETING", "OCCURRED", MARCH_7, MARCH_7, "Ana Lima", "Berg")));

        assertEquals(1, score.matched());
        assertEquals(1.0, score.precision());
        assertEquals(0.5, score.recall(), "the call is missed");
        assertEquals(1.0, score.personsF1());
        assertEquals(1.0, score.dayAccuracy());
    }

    @Test
    void anAltTypeMatchesButADateOutsideTheGoldSpanDoesNot() throws Exception {
        GoldStandard gold = gold().forArticle("a.txt");
        Score visit = Scorer.score(gold, List.of(), List.of(record("VISIT", "OCCURRED", MARCH_7, MARCH_7, "Ana Lima", "Jon Berg")));
        Score callInApril = Scorer.score(gold, List.of(), List.of(
                record("CALL", "OCCURRED", LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 2), "Ana Lima", "Jon Berg")));

        assertEquals(1, visit.matched());
        assertEquals(0, callInApril.matched());
        assertTrue(callInApril.items().stream().anyMatch(i -> i.startsWith("missed: lima-berg-call") && i.contains("differs in date")),
                callInApril.report());
    }

    @Test
    void aSecondRecordOfOneEngagementIsAFalsePositiveAndOneStrangerTooManyBreaksTheOverlap() throws Exception {
        GoldStandard gold = gold().forArticle("a.txt");
        SystemEngagement meeting = record("MEETING", "PLANNED", MARCH_7, MARCH_7, "Ana Lima", "Jon Berg");
        Score twice = Scorer.score(gold, List.of(), List.of(meeting, meeting));
        Score crowded = Scorer.score(gold, List.of(), List.of(
                record("MEETING", "OCCURRED", MARCH_7, MARCH_7, "Ana Lima", "Jon Berg", "X Y", "Z W", "Q R")));

        assertEquals(1, twice.matched());
        assertEquals(0.5, twice.precision());
        assertEquals(0.0, twice.statusAccuracy(), "PLANNED is not among the acceptable statuses");
        assertEquals(0, crowded.matched(), "Jaccard 2/5 < 0.5");
    }

    @Test
    void anOptionalItemFoundIsNeitherRewardedNorPunished() throws Exception {
        GoldStandard gold = gold().forArticle("a.txt");
        Score score = Scorer.score(gold, List.of(), List.of(
                record("MEETING", "OCCURRED", MARCH_7, MARCH_7, "Ana Lima", "Jon Berg"),
                record("MEETING", "OCCURRED", null, null, "Brazil", "Norway")));

        assertEquals(1, score.matchedOptional());
        assertEquals(1.0, score.precision());
        assertEquals(2, score.requiredGold());
    }

    @Test
    void aPersonStoredTwiceOrUnknownIsAFalsePersonAndScoresOfArticlesAddUp() throws Exception {
        GoldStandard gold = gold();
        Score a = Scorer.score(gold.forArticle("a.txt"), List.of("Ana Lima", "Lima", "Read More"), List.of());
        Score b = Scorer.score(gold.forArticle("b.txt"), List.of("Kofi Mensah"),
                List.of(record("MEETING", "PLANNED", null, null, "Lima", "Kofi Mensah"))).labelled("b.txt");
        Score both = a.plus(b);

        assertEquals(1, a.personsFound());
        assertEquals(3, a.personsStored());
        assertEquals(2, both.personsFound());
        assertEquals(3, both.personsGold());
        assertEquals(1, both.matched(), "an undated record matches an undated gold item");
        assertEquals(3, both.requiredGold());
        assertTrue(both.items().contains("spurious person: Read More"), both.report());
        assertTrue(both.items().stream().noneMatch(i -> i.startsWith("b.txt missed")), both.report());
    }
}
