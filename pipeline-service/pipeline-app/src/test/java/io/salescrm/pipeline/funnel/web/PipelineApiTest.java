package io.salescrm.pipeline.funnel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.funnel.PipelineMother.pipelineBody;
import static io.salescrm.pipeline.funnel.PipelineMother.stage;
import static io.salescrm.pipeline.funnel.PipelineMother.stageBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pipelines through the HTTP API: the default pipeline, definitions and stage edits, who may do what. */
@ServiceIntegrationTest
class PipelineApiTest {

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate admin;
    TestRestTemplate manager;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/pipelines", team.headOfSales(), team.managerA1());
        admin = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        manager = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1()));
    }

    @Test
    void theDefaultSalesPipelineExistsFromTheStart() {
        JsonNode sales = admin.getForObject("/pipelines/" + DefaultPipeline.ID, JsonNode.class);
        assertThat(sales.get("name").asText()).isEqualTo("Sales");
        assertThat(sales.get("stages").findValuesAsText("stageId"))
                .containsExactly("new", "qualification", "proposal", "negotiation", "won", "lost");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(manager.getForObject("/pipelines?size=100", JsonNode.class).get("items").findValuesAsText("id"))
                        .contains(DefaultPipeline.ID));
    }

    @Test
    void anAdministratorDefinesAPipelineAndEditsItsStages() {
        String id = create(pipelineBody("Projects"));

        JsonNode pipeline = admin.getForObject("/pipelines/" + id, JsonNode.class);
        assertThat(pipeline.get("stages").findValuesAsText("stageId")).containsExactly("open", "offer", "won", "lost");
        assertThat(pipeline.get("simpleMode").asBoolean()).isFalse();

        assertThat(put("/pipelines/" + id + "/name", Map.of("name", "Big projects")).get("name").asText()).isEqualTo("Big projects");
        JsonNode settings = put("/pipelines/" + id + "/settings", Map.of("simpleMode", true, "moveToWonOnInvoicePaid", true));
        assertThat(settings.get("simpleMode").asBoolean()).isTrue();
        assertThat(settings.get("moveToWonOnInvoicePaid").asBoolean()).isTrue();

        ResponseEntity<JsonNode> added = admin.postForEntity("/pipelines/" + id + "/stages",
                Map.of("stage", stageBody(stage("review", StageSemantics.IN_PROGRESS, 40)), "position", 1), JsonNode.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("stages").findValuesAsText("stageId")).containsExactly("open", "review", "offer", "won", "lost");

        JsonNode changed = put("/pipelines/" + id + "/stages/review", Map.of("name", "Review", "probability", 45,
                "colour", "#AABBCC", "requiredFields", List.of("EXPECTED_CLOSE_DATE")));
        assertThat(changed.get("stages").get(1).get("probability").asInt()).isEqualTo(45);
        assertThat(changed.get("stages").get(1).get("colour").asText()).isEqualTo("#aabbcc");
        assertThat(changed.get("stages").get(1).get("requiredFields").get(0).asText()).isEqualTo("EXPECTED_CLOSE_DATE");

        JsonNode reordered = put("/pipelines/" + id + "/stage-order", Map.of("stageIds", List.of("review", "open", "offer", "won", "lost")));
        assertThat(reordered.get("stages").findValuesAsText("stageId")).containsExactly("review", "open", "offer", "won", "lost");

        ResponseEntity<JsonNode> removed = admin.exchange("/pipelines/" + id + "/stages/review", HttpMethod.DELETE, null, JsonNode.class);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(removed.getBody().get("movedDeals").asInt()).isZero();
        assertThat(admin.getForObject("/pipelines/" + id, JsonNode.class).get("stages").findValuesAsText("stageId"))
                .containsExactly("open", "offer", "won", "lost");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(admin.getForObject("/pipelines?size=100", JsonNode.class).get("items").findValuesAsText("name"))
                        .contains("Big projects"));
    }

    @Test
    void aPipelineWithoutEverySemanticsIsA422() {
        var body = pipelineBody("Half");
        body.put("stages", List.of(stageBody(stage("open", StageSemantics.IN_PROGRESS, 10)), stageBody(stage("won", StageSemantics.WON, 100))));
        ResponseEntity<JsonNode> response = admin.postForEntity("/pipelines", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("pipeline-needs-every-semantics");
    }

    @Test
    void invalidStagesAreA400NamingTheFields() {
        var body = pipelineBody("Broken");
        body.put("stages", List.of(Map.of("stageId", "a b", "name", "", "semantics", "WON", "probability", 120, "colour", "red")));
        ResponseEntity<JsonNode> response = admin.postForEntity("/pipelines", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("stages[0].stageId", "stages[0].name", "stages[0].probability", "stages[0].colour");
    }

    @Test
    void removingTheLastWonStageIsA422AndAnUnknownStageA400() {
        String id = create(pipelineBody("Guarded"));
        ResponseEntity<JsonNode> lastWon = admin.exchange("/pipelines/" + id + "/stages/won", HttpMethod.DELETE, null, JsonNode.class);
        assertThat(lastWon.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<JsonNode> unknown = admin.exchange("/pipelines/" + id + "/stages/nope", HttpMethod.DELETE, null, JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUnknownPipelineIsA404() {
        assertThat(admin.getForEntity("/pipelines/nope", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> rename = admin.exchange("/pipelines/nope/name", HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "X")), JsonNode.class);
        assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAdministratorsEditPipelinesButEveryoneWhoReadsDealsReadsThem() {
        assertThat(manager.postForEntity("/pipelines", pipelineBody("Mine"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> rename = manager.exchange("/pipelines/" + DefaultPipeline.ID + "/name", HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "Hijacked")), JsonNode.class);
        assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.getForEntity("/pipelines/" + DefaultPipeline.ID, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        TestRestTemplate analyst = TestTokens.as(anonymous, TestTokens.bearer(team.analyst()));
        assertThat(analyst.getForEntity("/pipelines", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/pipelines", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pipelineListsHaveAHardMaximum() {
        ResponseEntity<JsonNode> tooBig = admin.getForEntity("/pipelines?size=101", JsonNode.class);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = admin.postForEntity("/pipelines", body, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private JsonNode put(String path, Object body) {
        ResponseEntity<JsonNode> response = admin.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
