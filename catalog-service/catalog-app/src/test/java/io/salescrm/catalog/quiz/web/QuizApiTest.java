package io.salescrm.catalog.quiz.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.quiz.PumpCatalog;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.catalog.web.CatalogClient.FEW_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Knowledge-check quizzes through the HTTP API, on products published through the catalog API. */
@ServiceIntegrationTest
class QuizApiTest {

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;
    CatalogClient manager;
    PumpCatalog pumps;

    @BeforeEach
    void aCatalogOfPumps() {
        team = SalesTeam.shared();
        manager = CatalogClient.manager(anonymous);
        SalesTeam.awaitReadable(anonymous, "/quizzes", team.managerA1(), team.groupHeadA(), team.groupHeadB());
        pumps = PumpCatalog.publish(manager);
    }

    @Test
    void theSameSeedOverTheSameProductsGivesTheSameQuizAndNoCorrectChoiceIsShownBeforeAnswering() {
        String first = generate(Map.of("title", "Pumps", "productIds", pumps.productIds(), "questionCount", 4, "seed", 7));
        String second = generate(Map.of("title", "Pumps again", "productIds", pumps.productIds(), "questionCount", 4, "seed", 7));
        JsonNode one = awaitQuiz(first);
        JsonNode two = awaitQuiz(second);
        assertThat(one.get("questions")).hasSize(4).isEqualTo(two.get("questions"));
        assertThat(one.toString()).doesNotContain("correct");
        JsonNode question = one.get("questions").get(0);
        assertThat(question.get("text").asText()).matches("What is the (colour|power) of Pump \\d+\\?");
        assertThat(question.get("choices")).hasSize(4);
        assertThat(pumps.names()).contains(question.get("productName").asText());
    }

    @Test
    void aQuizAboutASectionAsksAboutItsProductsWithDistractorsOfTheSameProperty() {
        String id = generate(Map.of("title", "Section quiz", "sectionId", pumps.sectionId(), "questionCount", 10, "seed", 1));
        JsonNode quiz = awaitQuiz(id);
        assertThat(quiz.get("questions")).hasSize(10);
        for (JsonNode question : quiz.get("questions")) {
            assertThat(pumps.productIds()).contains(question.get("productId").asText());
            List<String> choices = texts(question.get("choices"));
            if (question.get("text").asText().startsWith("What is the power")) {
                assertThat(choices).allMatch(choice -> choice.endsWith(" W"));
            }
        }
    }

    @Test
    void anAttemptIsScoredAndHeadsSeeTheirPeoplesResults() {
        String id = generate(Map.of("title", "Scored", "productIds", pumps.productIds().subList(0, 2), "questionCount", 4, "seed", 3));
        JsonNode quiz = awaitQuiz(id);
        List<Map<String, Object>> answers = new ArrayList<>();
        String firstQuestion = quiz.get("questions").get(0).get("questionId").asText();
        answers.add(Map.of("questionId", firstQuestion, "choice", 0));

        ResponseEntity<JsonNode> scored = exchange(team.managerA1(), HttpMethod.POST, "/quizzes/" + id + "/answers", Map.of("answers", answers));
        assertThat(scored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = scored.getBody();
        assertThat(result.get("questionCount").asInt()).isEqualTo(4);
        assertThat(result.get("results")).hasSize(4);
        int correctChoice = result.get("results").get(0).get("correctChoice").asInt();
        assertThat(result.get("correctAnswers").asInt()).isEqualTo(correctChoice == 0 ? 1 : 0);
        assertThat(result.get("results").get(1).get("chosen").asInt()).isEqualTo(-1);

        String a1 = team.managerA1();
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(results(a1, "/quiz-results?quizId=" + id)).hasSize(2));
        JsonNode own = exchange(a1, HttpMethod.GET, "/quiz-results?quizId=" + id + "&productId=" + pumps.productIds().get(0), null).getBody();
        assertThat(own.get("items")).hasSize(1);
        assertThat(own.get("items").get(0).get("employeeId").asText()).isEqualTo(a1);
        assertThat(own.get("items").get(0).get("productName").asText()).isEqualTo(pumps.names().get(0));

        assertThat(results(team.groupHeadA(), "/quiz-results?quizId=" + id + "&employeeId=" + a1)).hasSize(2);
        assertThat(results(team.headOfSales(), "/quiz-results?quizId=" + id)).hasSize(2);
        assertThat(results(team.groupHeadB(), "/quiz-results?quizId=" + id)).isEmpty();
        assertThat(results(team.managerA2(), "/quiz-results?quizId=" + id)).isEmpty();
        assertThat(exchange(team.groupHeadB(), HttpMethod.GET, "/quiz-results?employeeId=" + a1, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.managerA2(), HttpMethod.GET, "/quiz-results?employeeId=" + a1, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.analyst(), HttpMethod.GET, "/quiz-results", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(a1, HttpMethod.GET, "/quiz-results?size=101", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRepeatedIdempotencyKeyScoresOnce() {
        String id = generate(Map.of("title", "Once", "productIds", pumps.productIds(), "questionCount", 2, "seed", 5));
        JsonNode quiz = awaitQuiz(id);
        HttpHeaders headers = TestTokens.headers(team.managerA3());
        headers.set("Idempotency-Key", "attempt-" + UUID.randomUUID());
        var body = Map.of("answers", List.of(Map.of("questionId", quiz.get("questions").get(0).get("questionId").asText(), "choice", 1)));
        ResponseEntity<JsonNode> first = anonymous.exchange("/quizzes/" + id + "/answers", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        ResponseEntity<JsonNode> again = anonymous.exchange("/quizzes/" + id + "/answers", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody().get("attemptId")).isEqualTo(first.getBody().get("attemptId"));
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(results(team.managerA3(), "/quiz-results?quizId=" + id)).isNotEmpty());
        assertThat(results(team.managerA3(), "/quiz-results?quizId=" + id))
                .allMatch(r -> r.get("attemptId").equals(first.getBody().get("attemptId")));
    }

    @Test
    void aRepeatedGenerationWithTheSameKeyAnswersTheFirstQuizAndItsRandomSeed() {
        HttpHeaders headers = TestTokens.headers(team.groupHeadA());
        headers.set("Idempotency-Key", "quiz-" + UUID.randomUUID());
        var body = Map.of("title", "Random seed", "productIds", pumps.productIds(), "questionCount", 3);
        String id = generate(body, headers);
        awaitQuiz(id);
        ResponseEntity<JsonNode> first = anonymous.exchange("/quizzes", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        ResponseEntity<JsonNode> again = anonymous.exchange("/quizzes", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(first.getBody().get("id").asText()).isEqualTo(id);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
    }

    @Test
    void badRequestsAreProblems() {
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/quizzes", Map.of("title", "Neither")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> unknown = exchange(team.managerA1(), HttpMethod.POST, "/quizzes",
                Map.of("title", "Unknown", "productIds", List.of("no-such-product")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("productIds[0]");
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/quizzes",
                Map.of("title", "Too many", "productIds", pumps.productIds(), "questionCount", 51)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        String emptySection = manager.section(CatalogClient.unique("Empty "), null);
        ResponseEntity<JsonNode> nothing = exchange(team.managerA1(), HttpMethod.POST, "/quizzes",
                Map.of("title", "Nothing", "sectionId", emptySection));
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(nothing.getBody().get("rule").asText()).isEqualTo("not-enough-product-data");

        assertThat(exchange(team.managerA1(), HttpMethod.GET, "/quizzes/" + UUID.randomUUID(), null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/quizzes/" + UUID.randomUUID() + "/answers",
                Map.of("answers", List.of())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String id = generate(Map.of("title", "Bad answers", "productIds", pumps.productIds(), "questionCount", 2, "seed", 9));
        ResponseEntity<JsonNode> badAnswer = exchange(team.managerA1(), HttpMethod.POST, "/quizzes/" + id + "/answers",
                Map.of("answers", List.of(Map.of("questionId", "q1", "choice", 7))));
        assertThat(badAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAnswer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("answers[0].choice");
        assertThat(exchange(team.analyst(), HttpMethod.GET, "/quizzes", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.managerA1(), HttpMethod.GET, "/quizzes?size=101", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String generate(Map<String, Object> body) {
        return generate(body, TestTokens.headers(team.groupHeadA()));
    }

    /** Generates once the catalog's facts have reached the quiz read model; returns the quiz id. */
    private String generate(Map<String, Object> body, HttpHeaders headers) {
        String[] id = new String[1];
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            ResponseEntity<JsonNode> created = anonymous.exchange("/quizzes", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
            assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
            id[0] = created.getBody().get("id").asText();
        });
        return id[0];
    }

    private JsonNode awaitQuiz(String id) {
        Map<String, JsonNode> seen = new HashMap<>();
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            ResponseEntity<JsonNode> quiz = exchange(team.managerA1(), HttpMethod.GET, "/quizzes/" + id, null);
            assertThat(quiz.getStatusCode()).isEqualTo(HttpStatus.OK);
            seen.put(id, quiz.getBody());
        });
        return seen.get(id);
    }

    private List<JsonNode> results(String employee, String path) {
        ResponseEntity<JsonNode> page = exchange(employee, HttpMethod.GET, path, null);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> items = new ArrayList<>();
        page.getBody().get("items").forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employee)), JsonNode.class);
    }
}
