package org.parley.entity.engagement.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** A page of 100 engagements with nested fields costs the same number of SQL statements as a page of 5. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class StatementCountTest {

    private static final String PAGE_WITH_CHILDREN = """
            query($filter: EngagementFilter, $first: Int) {
              engagements(filter: $filter, first: $first) {
                totalCount
                nodes {
                  id type status location articleCount
                  date { start end precision text }
                  participants { role actor { id name kind title aliases affiliation { name } } }
                  evidence { article { id engagements { id } } sentence start end }
                  coding { cameo ploverEvent ploverMode }
                }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    Db db;

    private long statementsFor(int first, String actorId) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long before = statistics.getPrepareStatementCount();
        query(PAGE_WITH_CHILDREN, Map.of("filter", Map.of("actorIds", List.of(actorId)), "first", first))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.engagements.nodes", hasSize(first))
                .body("data.engagements.nodes[0].participants", hasSize(2));
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void pagesOfFiveAndOfAHundredCostTheSameStatements() {
        Payloads article = Payloads.article("2020-12-31")
                .country("a", "Statlandia").country("b", "Countaria")
                .person("p", "Nils Counterman", "Envoy", "a", "Counterman");
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 110; i++) {
            article.engagement(i % 2 == 0 ? "MEETING" : "CALL", "OCCURRED", day.plusDays(i * 3L).toString(), null,
                    "DAY", "Geneva", "Counterman met Countaria, report " + i + ".", "p", "b");
        }
        deliver(article).statusCode(200);
        String actorId = db.column("SELECT CAST(id AS varchar) FROM actor WHERE name = 'Nils Counterman'").get(0).toString();
        assertEquals(110L, db.count("SELECT count(*) FROM engagement_participant WHERE actor_id = CAST(?1 AS bigint)", actorId));

        statementsFor(5, actorId); // warm up
        long five = statementsFor(5, actorId);
        long hundred = statementsFor(100, actorId);
        System.out.printf("SQL statements: page of 5 = %d, page of 100 = %d%n", five, hundred);
        assertTrue(five > 0, "statistics are counting");
        assertEquals(five, hundred);
        assertTrue(hundred <= 10, "bounded: count, page, participants, aliases, affiliations, evidence, article "
                + "engagements, coding's participants and wording");
    }
}
