package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.OrgMother;
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
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rights on deal commands, the kanban board and the as-of view, with a new sales team per test: a deal outside the
 * caller's READ scope is not found, one he reads but may not change is forbidden, deals are handed only to people
 * his rights cover, and per-pipeline rules narrow which stages a role may move deals into and which deals it sees.
 */
@ServiceIntegrationTest
class DealCommandAccessApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;

    @BeforeEach
    void newTeam() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales(), team.groupHeadA(), team.managerA1(), team.managerB1());
    }

    @Test
    void aDealOutsideTheReadScopeIsNotFoundAndOneOutsideTheWriteScopeForbidden() {
        String b1Deal = create(team.managerB1(), "B1's deal");
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/deals/" + b1Deal + "/stage", Map.of("stageId", "qualification"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.groupHeadA(), HttpMethod.PUT, "/deals/" + b1Deal + "/company", Map.of("companyId", "c"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String readOnly;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            readOnly = org.employee("Reader", team.groupB());
            org.assign(org.role("Deal reader", List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.ALL))), readOnly);
        }
        SalesTeam.awaitReadable(anonymous, "/deals", readOnly);
        assertThat(exchange(readOnly, HttpMethod.POST, "/deals/" + b1Deal + "/stage", Map.of("stageId", "qualification"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.managerB1(), HttpMethod.POST, "/deals/" + b1Deal + "/stage", Map.of("stageId", "qualification"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void dealsAreHandedOnlyToPeopleTheCallersRightsCover() {
        String a1Deal = create(team.managerA1(), "A1's deal");
        assertThat(exchange(team.managerA1(), HttpMethod.PUT, "/deals/" + a1Deal + "/responsible",
                Map.of("responsibleId", team.managerA2())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.groupHeadA(), HttpMethod.PUT, "/deals/" + a1Deal + "/responsible",
                Map.of("responsibleId", team.managerB1())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.groupHeadA(), HttpMethod.PUT, "/deals/" + a1Deal + "/responsible",
                Map.of("responsibleId", team.managerA3())).getStatusCode()).isEqualTo(HttpStatus.OK);

        String b1Deal = create(team.managerB1(), "B1's deal");
        JsonNode bulk = exchange(team.groupHeadA(), HttpMethod.POST, "/deals/reassign",
                Map.of("dealIds", List.of(a1Deal, b1Deal), "responsibleId", team.managerA2())).getBody();
        assertThat(bulk.get("results").findValuesAsText("outcome")).containsExactly("DONE", "NOT_FOUND");
    }

    @Test
    void aRoleRuleNarrowsWhichStagesItsHoldersMoveDealsIntoAndWhichDealsTheySee() {
        String restricted;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            restricted = org.employee("Junior", team.groupA());
            String role = org.role("Junior seller", OrgMother.everything(AccessLevel.OWN), List.of(
                    new DealStageRule(DefaultPipeline.ID, null, null, List.of(DefaultPipeline.QUALIFICATION, DefaultPipeline.LOST)),
                    new DealStageRule(DefaultPipeline.ID, DefaultPipeline.WON,
                            List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.NONE)), null)));
            org.assign(role, restricted);
        }
        SalesTeam.awaitReadable(anonymous, "/deals", restricted);
        String deal = create(restricted, "Junior's deal");

        assertThat(exchange(restricted, HttpMethod.POST, "/deals/" + deal + "/stage", Map.of("stageId", DefaultPipeline.PROPOSAL))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(restricted, HttpMethod.POST, "/deals/" + deal + "/stage", Map.of("stageId", DefaultPipeline.QUALIFICATION))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(ids(restricted, "/deals?size=100")).contains(deal));

        assertThat(exchange(team.headOfSales(), HttpMethod.POST, "/deals/" + deal + "/stage", Map.of("stageId", DefaultPipeline.WON))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(ids(restricted, "/deals?size=100")).doesNotContain(deal));
        assertThat(get(restricted, "/deals/" + deal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode board = get(restricted, "/pipelines/" + DefaultPipeline.ID + "/kanban").getBody();
        assertThat(board.get("columns").get(4).get("count").asLong()).isZero();
    }

    @Test
    void theKanbanCountsOnlyWhatTheCallerMayRead() {
        create(team.managerA1(), "A1 board deal");
        create(team.managerB1(), "B1 board deal");
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            assertThat(firstColumnCount(team.managerA1())).isEqualTo(total(team.managerA1()));
            assertThat(firstColumnCount(team.groupHeadB())).isEqualTo(1);
        });
        assertThat(get(team.analyst(), "/pipelines/" + DefaultPipeline.ID + "/kanban").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private long firstColumnCount(String employee) {
        return get(employee, "/pipelines/" + DefaultPipeline.ID + "/kanban?size=1").getBody().get("columns").get(0).get("count").asLong();
    }

    private long total(String employee) {
        return get(employee, "/deals?size=1&stageId=" + DefaultPipeline.FIRST_STAGE + "&pipelineId=" + DefaultPipeline.ID)
                .getBody().get("totalItems").asLong();
    }

    private List<String> ids(String employee, String path) {
        return get(employee, path).getBody().get("items").findValuesAsText("id");
    }

    private String create(String employee, String title) {
        ResponseEntity<JsonNode> created = exchange(employee, HttpMethod.POST, "/deals", requestBody(title, "10.00", "RUB"));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headersWith(TestTokens.bearer(employee))), JsonNode.class);
    }
}
