package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.deal.DealMother.productRow;
import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static io.salescrm.pipeline.funnel.PipelineMother.pipelineBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deal commands through the HTTP API as the Head of sales (everything allowed); rights are in DealCommandAccessApiTest. */
@ServiceIntegrationTest
class DealCommandApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    EventStore eventStore;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aDealIsCreatedInAStageWithRowsContactsCompanyAndCustomFields() {
        Map<String, Object> body = requestBody("Full deal", null, "RUB");
        body.put("pipelineId", DefaultPipeline.ID);
        body.put("stageId", DefaultPipeline.QUALIFICATION);
        body.put("productRows", List.of(productRow("Licence", "1000.00", "2", "PERCENT", "10"), productRow("Setup", "99.99", "1", null, null)));
        body.put("companyId", "company-1");
        body.put("contactIds", List.of("contact-1", "contact-2"));
        body.put("originLeadId", "lead-1");
        body.put("startDate", "2026-03-01");
        body.put("expectedCloseDate", "2026-04-30");
        body.put("source", "EXHIBITION");
        body.put("comments", "Met at the fair");
        body.put("customFields", Map.of("seats", 12, "vip", true, "region", "North"));

        String id = create(body);

        JsonNode deal = awaitDeal(id);
        assertThat(deal.get("amount").asText()).isEqualTo("1899.99");
        assertThat(deal.get("amountInBase").asText()).isEqualTo("1899.99");
        assertThat(deal.get("stageId").asText()).isEqualTo(DefaultPipeline.QUALIFICATION);
        assertThat(deal.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(deal.get("probability").asInt()).isEqualTo(25);
        assertThat(deal.get("productRows").get(0).get("total").asText()).isEqualTo("1800.00");
        assertThat(deal.get("contactIds").toString()).isEqualTo("[\"contact-1\",\"contact-2\"]");
        assertThat(deal.get("companyId").asText()).isEqualTo("company-1");
        assertThat(deal.get("expectedCloseDate").asText()).isEqualTo("2026-04-30");
        assertThat(deal.get("customFields").get("seats").asInt()).isEqualTo(12);
    }

    @Test
    void anUnknownPipelineOrStageIsA400NamingTheField() {
        Map<String, Object> unknownPipeline = requestBody("Deal", "1.00", "RUB");
        unknownPipeline.put("pipelineId", "no-such-pipeline");
        assertField(http.postForEntity("/deals", unknownPipeline, JsonNode.class), HttpStatus.BAD_REQUEST, "pipelineId");
        Map<String, Object> unknownStage = requestBody("Deal", "1.00", "RUB");
        unknownStage.put("stageId", "no-such-stage");
        assertField(http.postForEntity("/deals", unknownStage, JsonNode.class), HttpStatus.BAD_REQUEST, "stageId");
    }

    @Test
    void aStageWhoseRequiredFieldsAreMissingIsA422NamingThem() {
        Map<String, Object> body = requestBody("Empty proposal", "0.00", "RUB");
        body.put("stageId", DefaultPipeline.PROPOSAL);
        ResponseEntity<JsonNode> refused = http.postForEntity("/deals", body, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("stage-required-fields");
        assertThat(refused.getBody().get("detail").asText()).contains("AMOUNT");

        String id = create(requestBody("Zero", "0.00", "RUB"));
        ResponseEntity<JsonNode> move = post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.PROPOSAL));
        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(move.getBody().get("detail").asText()).contains("AMOUNT");
    }

    @Test
    void aDealMovesThroughStagesIsWonReopenedAndLostWithAReason() {
        String id = create(requestBody("Journey", "500.00", "RUB"));

        JsonNode moved = ok(post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.NEGOTIATION)));
        assertThat(moved.get("stageId").asText()).isEqualTo(DefaultPipeline.NEGOTIATION);
        assertThat(moved.get("probability").asInt()).isEqualTo(75);

        JsonNode won = ok(post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.WON)));
        assertThat(won.get("status").asText()).isEqualTo("WON");
        assertThat(won.get("closedAt").isNull()).isFalse();

        ResponseEntity<JsonNode> closed = post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.NEW));
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(closed.getBody().get("rule").asText()).isEqualTo("deal-closed");

        JsonNode reopened = ok(post("/deals/" + id + "/reopen", Map.of("stageId", DefaultPipeline.QUALIFICATION)));
        assertThat(reopened.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get("closedAt").isNull()).isTrue();

        assertField(post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.LOST)), HttpStatus.BAD_REQUEST, "lostReason");
        JsonNode lost = ok(post("/deals/" + id + "/stage", Map.of("stageId", DefaultPipeline.LOST, "lostReason", "Budget cut")));
        assertThat(lost.get("status").asText()).isEqualTo("LOST");
        assertThat(lost.get("lostReason").asText()).isEqualTo("Budget cut");

        assertThat(eventStore.readEvents(id).asStream().map(e -> e.getPayloadType().getSimpleName()).toList()).containsExactly(
                "DealCreatedEvent", "DealMovedToStageEvent", "DealMovedToStageEvent", "DealWonEvent",
                "DealMovedToStageEvent", "DealReopenedEvent", "DealMovedToStageEvent", "DealLostEvent");
        ResponseEntity<JsonNode> openAgain = post("/deals/" + id + "/reopen", Map.of("stageId", DefaultPipeline.WON));
        assertThat(openAgain.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void productRowsSetTheAmountAndDetailsKeepIt() {
        String id = create(requestBody("Rows later", "10.00", "RUB"));

        JsonNode withRows = ok(put("/deals/" + id + "/product-rows", Map.of("currency", "USD",
                "rows", List.of(productRow("Licence", "100.00", "3", "AMOUNT", "0.50")))));
        assertThat(withRows.get("amount").asText()).isEqualTo("299.50");
        assertThat(withRows.get("currency").asText()).isEqualTo("USD");
        assertThat(withRows.get("amountInBase").asText()).isEqualTo("23960.00");

        Map<String, Object> details = new HashMap<>(Map.of("title", "Renamed", "amount", "1.00", "currency", "USD"));
        ResponseEntity<JsonNode> manualAmount = put("/deals/" + id + "/details", details);
        assertThat(manualAmount.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(manualAmount.getBody().get("rule").asText()).isEqualTo("amount-from-product-rows");

        details.remove("amount");
        details.put("probability", 40);
        details.put("expectedCloseDate", "2026-05-01");
        JsonNode changed = ok(put("/deals/" + id + "/details", details));
        assertThat(changed.get("title").asText()).isEqualTo("Renamed");
        assertThat(changed.get("amount").asText()).isEqualTo("299.50");
        assertThat(changed.get("probability").asInt()).isEqualTo(40);

        assertField(put("/deals/" + id + "/product-rows", Map.of("rows", List.of(productRow("Bad", "-1.00", "1", null, null)))),
                HttpStatus.BAD_REQUEST, "rows[0].price");
    }

    @Test
    void aDealMovesToAnotherPipelinesFirstStage() {
        ResponseEntity<JsonNode> pipeline = http.postForEntity("/pipelines", pipelineBody("Projects " + UUID.randomUUID()), JsonNode.class);
        String pipelineId = pipeline.getBody().get("id").asText();
        String id = create(requestBody("Migrating", "5.00", "RUB"));

        JsonNode moved = ok(post("/deals/" + id + "/pipeline", Map.of("pipelineId", pipelineId)));
        assertThat(moved.get("pipelineId").asText()).isEqualTo(pipelineId);
        assertThat(moved.get("stageId").asText()).isEqualTo("open");
        assertThat(moved.get("probability").asInt()).isEqualTo(20);

        assertField(post("/deals/" + id + "/pipeline", Map.of("pipelineId", pipelineId)), HttpStatus.BAD_REQUEST, "pipelineId");
        assertField(post("/deals/" + id + "/pipeline", Map.of("pipelineId", "nowhere")), HttpStatus.BAD_REQUEST, "pipelineId");
    }

    @Test
    void contactsAndTheCompanyAreLinkedAndUnlinked() {
        String id = create(requestBody("Linked", "5.00", "RUB"));
        ok(put("/deals/" + id + "/contacts/contact-1", null));
        JsonNode twice = ok(put("/deals/" + id + "/contacts/contact-1", null));
        assertThat(twice.get("contactIds").size()).isEqualTo(1);
        JsonNode detached = ok(exchange(HttpMethod.DELETE, "/deals/" + id + "/contacts/contact-1", null));
        assertThat(detached.get("contactIds").size()).isZero();

        assertThat(ok(put("/deals/" + id + "/company", Map.of("companyId", "company-9"))).get("companyId").asText()).isEqualTo("company-9");
        Map<String, Object> none = new HashMap<>();
        none.put("companyId", null);
        assertThat(ok(put("/deals/" + id + "/company", none)).get("companyId").isNull()).isTrue();
    }

    @Test
    void aDealIsReassignedAloneOrInBulkWithAResultPerDeal() {
        String first = create(requestBody("Mine first", "5.00", "RUB"));
        String second = create(requestBody("Mine second", "5.00", "RUB"));

        JsonNode single = ok(put("/deals/" + first + "/responsible", Map.of("responsibleId", team.managerA1())));
        assertThat(single.get("responsibleId").asText()).isEqualTo(team.managerA1());

        String unknown = UUID.randomUUID().toString();
        JsonNode bulk = ok(post("/deals/reassign", Map.of("dealIds", List.of(first, second, unknown), "responsibleId", team.managerB1())));
        assertThat(bulk.get("results").findValuesAsText("outcome")).containsExactly("DONE", "DONE", "NOT_FOUND");
        assertThat(eventStore.readEvents(second).asStream().map(e -> e.getPayloadType().getSimpleName()).toList())
                .containsExactly("DealCreatedEvent", "DealReassignedEvent");

        assertField(put("/deals/" + first + "/responsible", Map.of("responsibleId", "nobody")), HttpStatus.BAD_REQUEST, "responsibleId");
        ResponseEntity<JsonNode> tooMany = post("/deals/reassign", Map.of("dealIds",
                java.util.stream.IntStream.range(0, 101).mapToObj(i -> "d" + i).toList(), "responsibleId", team.managerB1()));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void commandsOnAnUnknownDealAreA404AndBadBodiesA400() {
        String unknown = UUID.randomUUID().toString();
        assertThat(post("/deals/" + unknown + "/stage", Map.of("stageId", "won")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("/deals/" + unknown + "/company", Map.of("companyId", "c")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String id = create(requestBody("Valid", "5.00", "RUB"));
        assertField(post("/deals/" + id + "/stage", Map.of("stageId", "")), HttpStatus.BAD_REQUEST, "stageId");
        assertField(post("/deals/" + id + "/stage", Map.of("stageId", "nowhere")), HttpStatus.BAD_REQUEST, "stageId");
        assertField(put("/deals/" + id + "/details", Map.of("title", "x", "currency", "XXX")), HttpStatus.BAD_REQUEST, "currency");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = http.postForEntity("/deals", body, JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private JsonNode awaitDeal(String id) {
        await().atMost(Duration.ofSeconds(15)).until(() -> http.getForEntity("/deals/" + id, JsonNode.class).getStatusCode().is2xxSuccessful());
        return http.getForObject("/deals/" + id, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static void assertField(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
    }
}
