package org.parley.entity.engagement.service;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.parley.devpostgres.LocalPostgresTestResource;
import org.parley.entity.support.Db;
import org.parley.entity.support.Payloads;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parley.entity.support.Deliveries.deliver;
import static org.parley.entity.support.GraphQL.query;

/** Reports of one real-world engagement become one engagement; later reports move it forward, with history. */
@QuarkusTest
@QuarkusTestResource(LocalPostgresTestResource.class)
class EngagementDeduplicationTest {

    private static final String ENGAGEMENT = """
            query($id: ID!) { engagement(id: $id) {
              type status articleCount location
              date { start end precision }
              participants { actor { name } }
              evidence { article { id } sentence }
            } }""";

    @Inject
    Db db;

    private static List<Long> engagementIds(Payloads payload) {
        List<Number> ids = deliver(payload).statusCode(200).extract().path("engagementIds");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void aPlannedMeetingReportedAsHeldLaterIsOneOccurredEngagementWithBothArticles() {
        Payloads announcement = Payloads.article("2022-02-18")
                .country("ru", "Russia").country("us", "United States")
                .person("a", "Grigor Petrovsky", "Foreign Minister", "ru")
                .person("b", "Helen Marchbank", "Secretary of State", "us")
                .engagement("MEETING", "PLANNED", "2022-02-21", "2022-02-27", "WEEK", null,
                        "Marchbank will meet Petrovsky late next week.", "a", "b");
        Payloads report = Payloads.article("2022-02-25")
                .country("ru", "Moscow").country("us", "Washington")
                .person("a", "Grigory Petrovskiy", "Foreign Minister", "ru")
                .person("b", "Helen Marchbank", "Secretary of State", "us")
                .engagement("MEETING", "OCCURRED", "2022-02-24", null, "DAY", "Geneva",
                        "Marchbank and Petrovskiy met in Geneva on Thursday.", "a", "b");
        long planned = engagementIds(announcement).get(0);
        long occurred = engagementIds(report).get(0);
        assertEquals(planned, occurred);

        query(ENGAGEMENT, Map.of("id", Long.toString(planned)))
                .body("data.engagement.status", equalTo("OCCURRED"))
                .body("data.engagement.date.start", equalTo("2022-02-24"))
                .body("data.engagement.date.end", equalTo("2022-02-24"))
                .body("data.engagement.date.precision", equalTo("DAY"))
                .body("data.engagement.location", equalTo("Geneva"))
                .body("data.engagement.articleCount", equalTo(2))
                .body("data.engagement.evidence.article.id",
                        containsInAnyOrder(announcement.articleId(), report.articleId()))
                .body("data.engagement.participants.actor.name",
                        containsInAnyOrder("Grigor Petrovsky", "Helen Marchbank"));
        List<Object> changed = db.column("SELECT field || ':' || new_value FROM engagement_history "
                + "WHERE engagement_id = ?1 AND article_id = CAST(?2 AS uuid) ORDER BY id", planned, report.articleId());
        assertEquals(List.of("status:OCCURRED", "date:2022-02-24..2022-02-24 DAY", "location:Geneva"), changed);
    }

    @Test
    void twoSentencesOfOneArticleAboutOneCallAreOneEngagement() {
        Payloads article = Payloads.article("2022-03-01")
                .country("x", "Kazakhstan").country("y", "Armenia")
                .engagement("CALL", "OCCURRED", "2022-03-01", null, "DAY", null, "Kazakhstan and Armenia spoke.", "x", "y")
                .engagement("CALL", "OCCURRED", null, null, null, null, "The call lasted an hour.", "y", "x");
        List<Long> ids = engagementIds(article);
        assertEquals(1, ids.stream().distinct().count());
        query(ENGAGEMENT, Map.of("id", Long.toString(ids.get(0))))
                .body("data.engagement.articleCount", equalTo(1))
                .body("data.engagement.evidence", hasSize(2));
    }

    @Test
    void aReportNamingOnlyTheCountriesJoinsTheEngagementOfTheirPeopleAndViceVersa() {
        Payloads people = Payloads.article("2022-03-05")
                .country("de", "Germany").country("fr", "France")
                .person("s", "Olaf Schulzberg", "Chancellor", "de")
                .person("m", "Emile Macronet", "President", "fr")
                .engagement("CALL", "OCCURRED", "2022-03-04", null, "DAY", null, "Schulzberg called Macronet.", "s", "m");
        Payloads countries = Payloads.article("2022-03-06")
                .country("de", "Berlin").country("fr", "Paris")
                .engagement("CALL", "OCCURRED", "2022-03-04", null, "DAY", null, "Berlin and Paris spoke on Friday.", "de", "fr");
        long first = engagementIds(people).get(0);
        assertEquals(first, engagementIds(countries).get(0));
        query(ENGAGEMENT, Map.of("id", Long.toString(first)))
                .body("data.engagement.participants.actor.name", containsInAnyOrder("Olaf Schulzberg", "Emile Macronet"))
                .body("data.engagement.articleCount", equalTo(2));

        Payloads countriesFirst = Payloads.article("2022-04-01")
                .country("de", "Germany").country("fr", "France")
                .engagement("MEETING", "PLANNED", "2022-04-10", null, "DAY", "Berlin", "Germany will host France.", "de", "fr");
        Payloads peopleLater = Payloads.article("2022-04-11")
                .country("de", "Germany").country("fr", "France")
                .person("s", "Olaf Schulzberg", "Chancellor", "de")
                .person("m", "Emile Macronet", "President", "fr")
                .engagement("MEETING", "OCCURRED", "2022-04-10", null, "DAY", "Berlin", "Schulzberg hosted Macronet.", "s", "m");
        long second = engagementIds(countriesFirst).get(0);
        assertEquals(second, engagementIds(peopleLater).get(0));
        assertNotEquals(first, second);
        query(ENGAGEMENT, Map.of("id", Long.toString(second)))
                .body("data.engagement.status", equalTo("OCCURRED"))
                .body("data.engagement.participants.actor.name", containsInAnyOrder("Olaf Schulzberg", "Emile Macronet"));
    }

    @Test
    void meetingsOfTheSamePeopleOnDifferentDaysStayApartAndACancellationIsRecorded() {
        Payloads first = Payloads.article("2022-05-01")
                .country("a", "Norway").country("b", "Sweden")
                .engagement("MEETING", "OCCURRED", "2022-05-01", null, "DAY", null, "Norway met Sweden.", "a", "b")
                .engagement("MEETING", "PLANNED", "2022-05-20", null, "DAY", null, "They will meet again on May 20.", "a", "b");
        List<Long> ids = engagementIds(first);
        assertEquals(2, ids.stream().distinct().count());

        Payloads cancel = Payloads.article("2022-05-15")
                .country("a", "Norway").country("b", "Sweden")
                .engagement("MEETING", "CANCELLED", "2022-05-20", null, "DAY", null, "The May 20 meeting was called off.", "a", "b");
        assertEquals(ids.get(1), engagementIds(cancel).get(0));
        query(ENGAGEMENT, Map.of("id", Long.toString(ids.get(1))))
                .body("data.engagement.status", equalTo("CANCELLED"));
        query(ENGAGEMENT, Map.of("id", Long.toString(ids.get(0))))
                .body("data.engagement.status", equalTo("OCCURRED"));
        assertEquals(1, db.count("SELECT count(*) FROM engagement_history WHERE engagement_id = ?1 "
                + "AND field = 'status' AND old_value = 'PLANNED' AND new_value = 'CANCELLED'", ids.get(1)));
    }

    @Test
    void anOlderArticleDeliveredLateDoesNotMoveStatusBack() {
        Payloads later = Payloads.article("2022-06-10")
                .country("a", "Chile").country("b", "Peru")
                .engagement("VISIT", "OCCURRED", "2022-06-09", null, "DAY", "Lima", "Chile's delegation visited Peru.", "a", "b");
        Payloads earlier = Payloads.article("2022-06-01")
                .country("a", "Chile").country("b", "Peru")
                .engagement("VISIT", "PLANNED", "2022-06-05", "2022-06-11", "WEEK", "Lima", "Chile will visit Peru next week.", "a", "b");
        long id = engagementIds(later).get(0);
        assertEquals(id, engagementIds(earlier).get(0));
        query(ENGAGEMENT, Map.of("id", Long.toString(id)))
                .body("data.engagement.status", equalTo("OCCURRED"))
                .body("data.engagement.date.start", equalTo("2022-06-09"))
                .body("data.engagement.articleCount", equalTo(2));
    }
}
