package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static io.salescrm.pipeline.funnel.PipelineMother.pipelineBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deal queries through the HTTP API: filters and sorting, the kanban board, the as-of view and stage removal. */
@ServiceIntegrationTest
class DealQueryApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void theListIsFilteredAndSorted() {
        String marker = "Q" + UUID.randomUUID().toString().substring(0, 8);
        String small = create(body(marker + " small", "10.00", "RUB", Map.of("source", "CALL")));
        String big = create(body(marker + " big", "20.00", "USD", Map.of("source", "EMAIL")));
        String won = create(body(marker + " won", "15.00", "RUB", Map.of()));
        ok(post("/deals/" + won + "/stage", Map.of("stageId", "won")));
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(ids("/deals?q=" + marker + "&status=WON")).containsExactly(won));

        assertThat(ids("/deals?q=" + marker.toLowerCase() + "&sort=amount&direction=asc")).containsExactly(small, won, big);
        assertThat(ids("/deals?q=" + marker + "&sort=title&direction=asc")).containsExactly(big, small, won);
        assertThat(ids("/deals?q=" + marker + "&status=OPEN&sort=amount&direction=desc")).containsExactly(big, small);
        assertThat(ids("/deals?q=" + marker + "&status=CLOSED")).containsExactly(won);
        assertThat(ids("/deals?q=" + marker + "&source=CALL")).containsExactly(small);
        assertThat(ids("/deals?q=" + marker + "&amountMin=12&amountMax=2000&sort=amount&direction=asc")).containsExactly(won, big);
        assertThat(ids("/deals?q=" + marker + "&stageId=won&pipelineId=sales")).containsExactly(won);
        assertThat(ids("/deals?q=" + marker + "&responsibleId=" + team.managerA1())).isEmpty();
        assertThat(ids("/deals?q=" + marker + "&createdFrom=" + Instant.now().plusSeconds(3600))).isEmpty();
        assertThat(ids("/deals?q=" + marker + "&createdTo=" + Instant.now().plusSeconds(3600))).hasSize(3);

        assertThat(http.getForEntity("/deals?status=MAYBE", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/deals?sort=responsibleId", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/deals?createdFrom=yesterday", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/deals?q=" + "x".repeat(101), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theKanbanBoardCountsAndSumsEachColumnInOrderWithAPagePerColumn() {
        String pipelineId = newPipeline();
        for (int i = 0; i < 3; i++) {
            create(body("Open " + i, "10.00", "RUB", Map.of("pipelineId", pipelineId)));
        }
        create(body("Open in dollars", "1.00", "USD", Map.of("pipelineId", pipelineId)));
        String lost = create(body("Lost one", "7.00", "RUB", Map.of("pipelineId", pipelineId)));
        ok(post("/deals/" + lost + "/stage", Map.of("stageId", "lost", "lostReason", "No budget")));

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode board = http.getForObject("/pipelines/" + pipelineId + "/kanban?size=2", JsonNode.class);
            List<String> columns = new java.util.ArrayList<>();
            board.get("columns").forEach(column -> columns.add(column.get("stageId").asText()));
            assertThat(columns).containsExactly("open", "offer", "won", "lost");
            JsonNode open = board.get("columns").get(0);
            assertThat(open.get("count").asLong()).isEqualTo(4);
            assertThat(open.get("amountInBase").asText()).isEqualTo("110.00");
            assertThat(open.get("deals")).hasSize(2);
            assertThat(board.get("columns").get(1).get("count").asLong()).isZero();
            assertThat(board.get("columns").get(3).get("count").asLong()).isEqualTo(1);
            assertThat(board.get("columns").get(3).get("amountInBase").asText()).isEqualTo("7.00");
        });
        JsonNode secondPage = http.getForObject("/pipelines/" + pipelineId + "/kanban/open?page=1&size=2", JsonNode.class);
        assertThat(secondPage.get("deals")).hasSize(2);
        assertThat(secondPage.get("count").asLong()).isEqualTo(4);

        assertThat(http.getForEntity("/pipelines/" + pipelineId + "/kanban?size=51", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/pipelines/nope/kanban", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/pipelines/" + pipelineId + "/kanban/nope", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDealAsOfAPastInstantIsRebuiltFromItsEvents() throws InterruptedException {
        Instant beforeCreation = Instant.now();
        Thread.sleep(5);
        String id = create(requestBody("Original title", "100.00", "RUB"));
        Thread.sleep(5);
        Instant afterCreation = Instant.now();
        Thread.sleep(5);
        ok(exchange(HttpMethod.PUT, "/deals/" + id + "/details", Map.of("title", "New title", "amount", "200.00", "currency", "RUB")));
        ok(post("/deals/" + id + "/stage", Map.of("stageId", "won")));
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/deals/" + id, JsonNode.class).get("status").asText()).isEqualTo("WON"));

        JsonNode then = http.getForObject("/deals/" + id + "?asOf=" + afterCreation, JsonNode.class);
        assertThat(then.get("title").asText()).isEqualTo("Original title");
        assertThat(then.get("amount").asText()).isEqualTo("100.00");
        assertThat(then.get("status").asText()).isEqualTo("IN_PROGRESS");
        JsonNode now = http.getForObject("/deals/" + id + "?asOf=" + Instant.now(), JsonNode.class);
        assertThat(now.get("title").asText()).isEqualTo("New title");
        assertThat(now.get("status").asText()).isEqualTo("WON");

        assertThat(http.getForEntity("/deals/" + id + "?asOf=" + beforeCreation, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/deals/" + id + "?asOf=last-tuesday", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        TestRestTemplate other = TestTokens.as(anonymous, TestTokens.bearer(team.managerB1()));
        assertThat(other.getForEntity("/deals/" + id + "?asOf=" + afterCreation, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void removingAStageWithDealsNeedsATargetAndMovesThemThere() {
        String pipelineId = newPipeline();
        List<String> deals = List.of(
                create(body("Offer 1", "10.00", "RUB", Map.of("pipelineId", pipelineId, "stageId", "offer", "companyId", "c-1"))),
                create(body("Offer 2", "10.00", "RUB", Map.of("pipelineId", pipelineId, "stageId", "offer", "companyId", "c-1"))));
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(ids("/deals?pipelineId=" + pipelineId + "&stageId=offer")).hasSize(2));

        ResponseEntity<JsonNode> withoutTarget = exchange(HttpMethod.DELETE, "/pipelines/" + pipelineId + "/stages/offer", null);
        assertThat(withoutTarget.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutTarget.getBody().get("rule").asText()).isEqualTo("stage-holds-deals");
        ResponseEntity<JsonNode> otherSemantics = exchange(HttpMethod.DELETE, "/pipelines/" + pipelineId + "/stages/offer?moveDealsTo=won", null);
        assertThat(otherSemantics.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode removed = ok(exchange(HttpMethod.DELETE, "/pipelines/" + pipelineId + "/stages/offer?moveDealsTo=open", null));
        assertThat(removed.get("movedDeals").asInt()).isEqualTo(2);
        assertThat(http.getForObject("/pipelines/" + pipelineId, JsonNode.class).get("stages").findValuesAsText("stageId"))
                .containsExactly("open", "won", "lost");
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(ids("/deals?pipelineId=" + pipelineId + "&stageId=open")).containsExactlyInAnyOrderElementsOf(deals));
        ResponseEntity<JsonNode> intoRemoved = post("/deals/" + deals.get(0) + "/stage", Map.of("stageId", "offer"));
        assertThat(intoRemoved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String newPipeline() {
        ResponseEntity<JsonNode> created = http.postForEntity("/pipelines", pipelineBody("Board " + UUID.randomUUID()), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private static Map<String, Object> body(String title, String amount, String currency, Map<String, Object> more) {
        Map<String, Object> body = requestBody(title, amount, currency);
        body.putAll(more);
        return body;
    }

    private List<String> ids(String path) {
        ResponseEntity<JsonNode> page = http.getForEntity(path, JsonNode.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return page.getBody().get("items").findValuesAsText("id");
    }

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = http.postForEntity("/deals", body, JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
