package org.parley.entity.scale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.common.repository.NativeSql;
import org.parley.entity.support.Db;
import org.parley.entity.support.synthetic.SyntheticRecord;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The main read statements keep their indexes (issue 14): on a synthetic record of 20 000 engagements, the plan
 * (EXPLAIN without ANALYZE) of each statement the scale benchmark times reads the named index and never scans the
 * engagement table. A change of query or schema that loses an index fails here, not at a million rows.
 */
@QuarkusTest
@TestProfile(ScaleRecordProfile.class)
@QuarkusTestResource(LocalPostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {

    private static final Pattern ENGAGEMENT_SEQ_SCAN = Pattern.compile("Seq Scan on engagement(?!_)");

    @Inject
    Db db;
    @Inject
    ScalePlans plans;

    private Map<String, NativeSql> statements;

    @BeforeAll
    void fill() {
        if (db.count("SELECT count(*) FROM engagement") == 0) {
            SyntheticRecord.fill(SyntheticRecord.Size.of(20_000), 14);
        }
        statements = plans.statements(RecordFacts.of(db));
    }

    @Test
    void anActorsEngagementsAreReadInOrderFromItsParticipations() {
        assertUses("one actor, heavy: page", "engagement_participant_actor_sort_idx");
        String heavyPage = String.join("\n", db.explain("COSTS OFF", statements.get("one actor, heavy: page")));
        assertTrue(heavyPage.matches("(?s).*Index (Only )?Scan using engagement_participant_actor_sort_idx.*")
                && !heavyPage.contains("Sort Key"), "a busy actor's page is read in index order:\n" + heavyPage);
        assertUses("one actor, light: page", "engagement_participant_actor_sort_idx");
        assertUses("one actor, heavy: count", "engagement_participant_actor_sort_idx");
    }

    @Test
    void twoActorsTogetherAreReadAlongOnesParticipationsAndCheckedOnTheKey() {
        assertUses("two actors together (heavy + counterpart): page", "engagement_participant_actor_sort_idx");
        assertUses("two actors together (heavy + counterpart): page", "engagement_participant_pkey");
        assertUses("two actors together (heavy + counterpart): count", "engagement_participant_actor_sort_idx");
    }

    @Test
    void datesAndKeysetPagesAreReadAlongTheSortIndex() {
        assertUses("latest page, no filter", "engagement_sort_idx");
        assertUses("date range + type + status: page", "engagement_sort_idx");
        assertUses("date range + type + status: count", "engagement_sort_idx");
        assertUses("longest span (bounds a date filter)", "engagement_span_idx");
        assertUses("deep keyset page (page 200)", "engagement_sort_idx");
        assertUses("heavy actor's timeline: one year's count", "engagement_participant_actor_sort_idx");
    }

    /** An actor's first counterparts are the first entries of its pairs in the index, however busy the actor. */
    @Test
    void counterpartsAreTheFirstEntriesOfTheActorsPairs() {
        assertUses("counterparts of the heavy actor", "actor_pair_top_idx");
        String plan = String.join("\n", db.explain("COSTS OFF", statements.get("counterparts of the heavy actor")));
        assertFalse(plan.contains("engagement_participant"), "counterparts read the participations:\n" + plan);
    }

    /**
     * At this size a sequential scan of the aliases is cheaper than the trigram indexes, so the plan is asked for
     * without sequential scans: the search must be able to use them (it does on its own from about 100k actors).
     */
    @Test
    void aMisspeltNameCanBeFoundByTrigramIndexes() {
        String plan = String.join("\n", db.explainWithoutSeqScans("COSTS OFF",
                statements.get("actor name search, misspelt: page")));
        assertTrue(plan.contains("actor_alias_folded_trgm_idx") && plan.contains("actor_alias_key_trgm_idx"), plan);
        assertFalse(plan.contains("Seq Scan on actor_alias"), plan);
    }

    private void assertUses(String statement, String index) {
        String plan = String.join("\n", db.explain("COSTS OFF", statements.get(statement)));
        Pattern scan = Pattern.compile("(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) "
                + Pattern.quote(index) + "(?!\\w)");
        assertTrue(scan.matcher(plan).find(), statement + " should scan " + index + ":\n" + plan);
        assertFalse(ENGAGEMENT_SEQ_SCAN.matcher(plan).find(), statement + " scans the engagement table:\n" + plan);
    }
}
