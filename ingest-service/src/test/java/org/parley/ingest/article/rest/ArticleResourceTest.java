package org.parley.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.parley.ingest.support.Articles;
import org.parley.ingest.support.TestToken;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void storesAnArticleAndAnswersWithItBeforeProcessing() {
        String id = given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story(), "source", "Reuters", "url", "https://example.org/a"))
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("id", notNullValue())
                .body("source", equalTo("Reuters"))
                .body("publishedOn", equalTo("2023-03-04"))
                .extract().path("id");

        given()
        .when()
                .get("/articles/{id}", id)
        .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("text", containsString("Ignazio Cassis met his Norwegian counterpart"));
    }

    @Test
    void theSameStoryTwiceIsOneArticle() {
        String text = Articles.story();
        String first = given().auth().oauth2(TestToken.VALUE).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/articles")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "  " + text + "\n\n"))
        .when()
                .post("/articles")
        .then()
                .statusCode(200)
                .body("id", equalTo(first));
    }

    @Test
    void clientDateWinsOverTheDateInTheText() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", Articles.story(), "publishedOn", "2023-03-05"))
        .when()
                .post("/articles")
        .then()
                .statusCode(201)
                .body("publishedOn", equalTo("2023-03-05"));
    }

    @Test
    void rejectsWhitespaceOnlyTextNamingTheRule() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", " \n\t "))
        .when()
                .post("/articles")
        .then()
                .statusCode(422)
                .body("code", equalTo("ARTICLE_REJECTED"))
                .body("rule", equalTo("EMPTY"));
    }

    @Test
    void rejectsTextOverTheSizeLimit() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "The ministers met in Rome. ".repeat(10_000)))
        .when()
                .post("/articles")
        .then()
                .statusCode(413)
                .body("rule", equalTo("TOO_LARGE"));
    }

    @Test
    void rejectsBinaryContent() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "PK\u0003\u0004\u0000\u0000binary\u0000\u0001\u0002 zip header"))
        .when()
                .post("/articles")
        .then()
                .statusCode(422)
                .body("rule", equalTo("BINARY"));
    }

    @Test
    void rejectsABodyWithoutText() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "No text"))
        .when()
                .post("/articles")
        .then()
                .statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT"))
                .body("message", containsString("text is required"));
    }

    @Test
    void rejectsMalformedJson() {
        given().auth().oauth2(TestToken.VALUE)
                .contentType(ContentType.JSON)
                .body("{\"text\": \"unterminated")
        .when()
                .post("/articles")
        .then()
                .statusCode(400);
    }

    @Test
    void unknownAndMalformedIdsAreClientErrors() {
        given().when().get("/articles/{id}", "6f1c1b9e-1111-4a4a-9b9b-000000000000").then().statusCode(404);
        given().when().get("/articles/{id}", "not-a-uuid").then().statusCode(400).body("code", equalTo("BAD_USER_INPUT"));
    }
}
