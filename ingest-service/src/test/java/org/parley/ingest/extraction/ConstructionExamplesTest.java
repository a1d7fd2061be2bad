package org.parley.ingest.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.ingest.extraction.ArticleExtractorTest.Result;
import org.parley.ingest.extraction.Constructions.Construction;
import org.parley.ingest.extraction.Constructions.Example;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per example of every construction in extraction/constructions.txt: the example sentence, extracted with
 * its article date, must give an engagement of the example's type (and status, where given) whose participants
 * include every party the example names.
 */
class ConstructionExamplesTest {

    @BeforeAll
    static void load() {
        ArticleExtractorTest.load();
    }

    @Test
    void everyConstructionHasTwoExamplesFromDifferentSources() {
        for (Construction c : Constructions.shared().all()) {
            Set<String> sources = new HashSet<>();
            c.examples().forEach(e -> sources.add(e.source()));
            assertTrue(c.examples().size() >= 2 && sources.size() >= 2 && !sources.contains(null),
                    c.name() + ": needs two examples, each with a different source");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsEngagement() {
        return Constructions.shared().all().stream().flatMap(c -> c.examples().stream()
                .map(e -> DynamicTest.dynamicTest(c.name() + ": " + e.sentence(), () -> check(e))));
    }

    private static void check(Example e) {
        Result r = ArticleExtractorTest.run(e.sentence(), LocalDate.parse(e.published()));
        List<ExtractedEngagement> found = r.x().engagements();
        boolean ok = found.stream().anyMatch(x -> x.type() == e.type()
                && (e.status() == null || x.status().name().equals(e.status()))
                && r.names(x).containsAll(e.participants()));
        assertTrue(ok, () -> "expected " + e.type() + " " + e.status() + " " + e.participants() + ", got "
                + found.stream().map(x -> x.type() + " " + x.status() + " " + r.names(x)).toList()
                + "; persons " + r.persons());
    }
}
