package io.salescrm.pipeline.activity.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.activity.ActivityMother.callOnDeal;
import static io.salescrm.pipeline.activity.ActivityMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The activity API as the Head of sales (allowed everything) uses it; access rules are in ActivityAccessApiTest. */
@ServiceIntegrationTest
class ActivityApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;
    String dealId;

    @BeforeEach
    void signInAndOpenADeal() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/activities", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        dealId = http.postForEntity("/deals", Map.of("title", "Deal with touches", "amount", "100.00", "currency", "RUB"),
                JsonNode.class).getBody().get("id").asText();
    }

    @Test
    void anActivityIsRecordedDoneReopenedRescheduledChangedAndDeleted() {
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ResponseEntity<JsonNode> created = http.postForEntity("/activities", callOnDeal(dealId, due, null), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/activities/" + id);

        JsonNode view = awaitActivity(id, a -> a.get("subject").asText().equals("Call about the offer"));
        assertThat(view.get("subjectKind").asText()).isEqualTo("DEAL");
        assertThat(view.get("subjectId").asText()).isEqualTo(dealId);
        assertThat(view.get("responsibleId").asText()).isEqualTo(team.headOfSales());
        assertThat(Instant.parse(view.get("dueAt").asText())).isEqualTo(due);
        assertThat(view.get("done").asBoolean()).isFalse();

        assertThat(post("/activities/" + id + "/done", Map.of("result", "Demo agreed")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        view = awaitActivity(id, a -> a.get("done").asBoolean());
        assertThat(view.get("result").asText()).isEqualTo("Demo agreed");
        assertThat(view.get("doneAt").isNull()).isFalse();
        assertThat(post("/activities/" + id + "/done", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> whileDone = post("/activities/" + id + "/reschedule", Map.of("dueAt", due.plusSeconds(60).toString()));
        assertThat(whileDone.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(whileDone.getBody().get("rule").asText()).isEqualTo("activity-done");

        assertThat(post("/activities/" + id + "/undone", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        awaitActivity(id, a -> !a.get("done").asBoolean() && a.get("result").isNull());

        Instant later = due.plus(2, ChronoUnit.DAYS);
        assertThat(post("/activities/" + id + "/reschedule", Map.of("dueAt", later.toString(), "durationMinutes", 45))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        view = awaitActivity(id, a -> Instant.parse(a.get("dueAt").asText()).equals(later));
        assertThat(view.get("durationMinutes").asInt()).isEqualTo(45);

        ResponseEntity<JsonNode> changed = http.exchange("/activities/" + id, HttpMethod.PATCH,
                new HttpEntity<>(Map.of("type", "MEETING", "description", "Bring the samples")), JsonNode.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        view = awaitActivity(id, a -> a.get("type").asText().equals("MEETING"));
        assertThat(view.get("description").asText()).isEqualTo("Bring the samples");

        assertThat(http.exchange("/activities/" + id, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForEntity("/activities/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(post("/activities/" + id + "/done", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theListFiltersBySubjectTypeDoneAndDueTimeAndFindsOverdueActivities() {
        Instant now = Instant.now();
        String overdue = create(callOnDeal(dealId, now.minus(2, ChronoUnit.DAYS), null));
        String tomorrow = create(callOnDeal(dealId, now.plus(1, ChronoUnit.DAYS), null));
        String note = create(requestBody(SubjectKind.DEAL, dealId, ActivityType.NOTE, "Likes green", null));
        String doneLate = create(callOnDeal(dealId, now.minus(3, ChronoUnit.DAYS), null));
        post("/activities/" + doneLate + "/done", null);

        String ofDeal = "/activities?subjectKind=DEAL&subjectId=" + dealId;
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(ids(ofDeal + "&done=true")).containsExactly(doneLate));
        assertThat(ids(ofDeal)).containsExactlyInAnyOrder(overdue, tomorrow, note, doneLate);
        assertThat(ids(ofDeal + "&overdue=true")).containsExactly(overdue);
        assertThat(ids(ofDeal + "&type=NOTE")).containsExactly(note);
        assertThat(ids(ofDeal + "&done=false&order=DUE")).containsExactly(note, overdue, tomorrow);
        assertThat(ids(ofDeal + "&dueFrom=" + now + "&dueTo=" + now.plus(2, ChronoUnit.DAYS))).containsExactly(tomorrow);
        assertThat(ids(ofDeal + "&responsibleId=" + team.managerA1())).isEmpty();

        JsonNode firstPage = http.getForObject(ofDeal + "&size=2", JsonNode.class);
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("totalItems").asLong()).isEqualTo(4);
    }

    @Test
    void aTaskWithoutADueTimeIsA400NamingTheField() {
        assertInvalid(requestBody(SubjectKind.DEAL, dealId, ActivityType.TASK, "Send the contract", null), "dueAt");
    }

    @Test
    void anUnknownSubjectIsA400NamingTheField() {
        assertInvalid(requestBody(SubjectKind.DEAL, UUID.randomUUID().toString(), ActivityType.NOTE, "Nowhere", null), "subjectId");
        assertInvalid(requestBody(SubjectKind.LEAD, dealId, ActivityType.NOTE, "A deal is no lead", null), "subjectId");
    }

    @Test
    void missingAndOversizedFieldsAreNamedAtOnce() {
        var body = requestBody(null, dealId, null, "x".repeat(201), null);
        ResponseEntity<JsonNode> response = http.postForEntity("/activities", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("subjectKind", "type", "subject");
        assertThat(http.getForEntity("/activities?type=PHONE", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/activities?size=101", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUnknownActivityIsA404Problem() {
        String unknown = "/activities/" + UUID.randomUUID();
        assertThat(http.getForEntity(unknown, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> done = post(unknown + "/done", null);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(done.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstActivity() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "activity-" + UUID.randomUUID());
        var request = new HttpEntity<>(requestBody(SubjectKind.DEAL, dealId, ActivityType.NOTE, "Once", null), headers);
        JsonNode first = http.postForEntity("/activities", request, JsonNode.class).getBody();
        ResponseEntity<JsonNode> second = http.postForEntity("/activities", request, JsonNode.class);
        assertThat(second.getBody().get("id")).isEqualTo(first.get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    private JsonNode awaitActivity(String id, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(FEW_SECONDS).until(() -> {
            ResponseEntity<JsonNode> response = http.getForEntity("/activities/" + id, JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK ? response.getBody() : null;
        }, view -> view != null && condition.test(view));
    }

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = http.postForEntity("/activities", body, JsonNode.class);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private List<String> ids(String path) {
        ResponseEntity<JsonNode> page = http.getForEntity(path, JsonNode.class);
        assertThat(page.getStatusCode()).as(page.toString()).isEqualTo(HttpStatus.OK);
        return page.getBody().get("items").findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return http.postForEntity(path, body, JsonNode.class);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ResponseEntity<JsonNode> response = http.postForEntity("/activities", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly(field);
    }
}
