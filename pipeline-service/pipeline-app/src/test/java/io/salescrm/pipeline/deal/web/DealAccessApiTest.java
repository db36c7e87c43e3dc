package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.platform.test.OrgMother;
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
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access rights on deals through the real HTTP API, with a new sales team (see {@link SalesTeam}) per test: a
 * Manager sees and counts only his own deals, a Group head his group's including its sub-group, the Head of sales
 * all; commands are checked the same way; role changes apply within seconds.
 */
@ServiceIntegrationTest
class DealAccessApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;

    SalesTeam team;

    @BeforeEach
    void newTeam() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales(), team.groupHeadA(), team.groupHeadB(),
                team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1());
    }

    @Test
    void aManagerSeesAndCountsOnlyHisOwnDealsAGroupHeadHisGroupsAndTheHeadOfSalesAll() {
        long allBefore = total(team.headOfSales()); // ALL: the deals of earlier tests too
        long openBefore = total(team.managerA1()); // a Manager also reads open deals: those of earlier tests
        create(team.managerA1(), "A1 first");
        create(team.managerA1(), "A1 second");
        create(team.managerA2(), "A2 deal");
        create(team.managerA3(), "A3 deal in the sub-group");
        String groupBDeal = create(team.managerB1(), "B1 deal");
        create(team.groupHeadA(), "Group head A's own deal");

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(total(team.headOfSales())).isEqualTo(allBefore + 6));
        assertSeesOnly(team.managerA1(), team.managerA1());
        assertThat(total(team.managerA1())).isEqualTo(openBefore + 2);
        assertThat(total(team.managerA2())).isEqualTo(openBefore + 1);
        assertThat(total(team.managerB1())).isEqualTo(openBefore + 1);
        assertSeesOnly(team.groupHeadA(), team.groupHeadA(), team.managerA1(), team.managerA2(), team.managerA3());
        assertThat(total(team.groupHeadA())).isEqualTo(5);
        assertSeesOnly(team.groupHeadB(), team.managerB1());
        assertThat(total(team.groupHeadB())).isEqualTo(1);

        assertThat(get(team.managerA1(), "/deals/" + groupBDeal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(team.groupHeadA(), "/deals/" + groupBDeal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(team.groupHeadB(), "/deals/" + groupBDeal).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.headOfSales(), "/deals/" + groupBDeal).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.managerB1(), "/deals/" + groupBDeal).getBody().get("responsibleId").asText()).isEqualTo(team.managerB1());
    }

    @Test
    void anOpenDealIsReadableByEveryManager() {
        ResponseEntity<JsonNode> created = post(team.managerB1(), requestBody("Open deal", "5.00", "RUB", null, true));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(team.managerA1(), "/deals/" + id).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(get(team.managerA1(), "/deals?size=100").getBody().get("items").findValuesAsText("id")).contains(id);
        // a group head's SUBDEPARTMENTS level does not include open records of other groups
        assertThat(get(team.groupHeadA(), "/deals/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void creatingADealForSomeoneElseNeedsAddRightsCoveringHim() {
        long before = storedEvents();
        ResponseEntity<JsonNode> managerForOther = post(team.managerA1(), requestBody("Not mine", "1.00", "RUB", team.managerA2(), false));
        assertForbidden(managerForOther);
        ResponseEntity<JsonNode> groupHeadOutsideHisGroup = post(team.groupHeadA(), requestBody("Other group", "1.00", "RUB", team.managerB1(), false));
        assertForbidden(groupHeadOutsideHisGroup);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(post(team.groupHeadA(), requestBody("For the sub-group", "1.00", "RUB", team.managerA3(), false))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String assigned = post(team.headOfSales(), requestBody("For B1", "1.00", "RUB", team.managerB1(), false))
                .getBody().get("id").asText();
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(team.managerB1(), "/deals/" + assigned).getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @Test
    void aResponsibleEmployeeWhoIsNotAnActiveEmployeeIsA400NamingTheField() {
        ResponseEntity<JsonNode> response = post(team.headOfSales(), requestBody("Nobody's", "1.00", "RUB", "no-such-employee", false));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("responsibleId");
        ResponseEntity<JsonNode> tooLong = post(team.headOfSales(), requestBody("Long id", "1.00", "RUB", "x".repeat(65), false));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theAnalystCannotCreateOrListDeals() {
        assertForbidden(post(team.analyst(), requestBody("Analyst's", "1.00", "RUB")));
        assertForbidden(get(team.analyst(), "/deals"));
    }

    @Test
    void withoutAValidTokenEveryDealRequestIsA401Problem() {
        assertUnauthenticated(anonymous.getForEntity("/deals", JsonNode.class));
        assertUnauthenticated(anonymous.postForEntity("/deals", requestBody("Anonymous", "1.00", "RUB"), JsonNode.class));
        assertUnauthenticated(exchange("Bearer " + TestTokens.token(team.managerA1(), TestTokens.FULL, Duration.ofMinutes(-5)), HttpMethod.GET, "/deals", null));
        assertUnauthenticated(exchange("Bearer " + TestTokens.foreignToken(team.managerA1()), HttpMethod.GET, "/deals", null));
        assertUnauthenticated(exchange("Bearer " + TestTokens.tokenOfIssuer(team.managerA1(), "https://elsewhere.example"), HttpMethod.GET, "/deals", null));
        assertUnauthenticated(exchange("Bearer not-a-jwt", HttpMethod.GET, "/deals", null));
    }

    @Test
    void aReadOnlyTokenMayReadButNotCreate() {
        String readOnly = TestTokens.readOnlyBearer(team.managerA1());
        assertThat(exchange(readOnly, HttpMethod.GET, "/deals", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        long before = storedEvents();
        ResponseEntity<JsonNode> refused = exchange(readOnly, HttpMethod.POST, "/deals", requestBody("Read-only", "1.00", "RUB"));
        assertForbidden(refused);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDeactivatedEmployeeMayDoNothing() {
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.deactivate(team.managerA2());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertForbidden(get(team.managerA2(), "/deals")));
        assertForbidden(post(team.managerA2(), requestBody("After leaving", "1.00", "RUB")));
    }

    @Test
    void aRoleChangeAndANewAssignmentTakeEffectWithinSeconds() {
        create(team.managerB1(), "B1's deal");
        create(team.managerA1(), "A1's deal");
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(total(team.groupHeadA())).isEqualTo(1));
        long openDeals = total(team.managerA2()); // a Manager reads open deals (of earlier tests), none of these two

        // a new assignment: A2 becomes a group head as well: his group's deals and the open ones
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.assign(PredefinedRoles.GROUP_HEAD, team.managerA2());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(total(team.managerA2())).isEqualTo(openDeals + 1));

        // a custom role whose matrix changes
        String role;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            role = org.role("Auditor", List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.OWN)));
            org.assign(role, team.analyst());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(get(team.analyst(), "/deals").getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(total(team.analyst())).isZero();
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.changeRole(role, "Auditor", List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.ALL)));
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(total(team.analyst())).isGreaterThanOrEqualTo(2));
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.unassign(role, team.analyst());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertForbidden(get(team.analyst(), "/deals")));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String create(String employee, String title) {
        ResponseEntity<JsonNode> created = post(employee, requestBody(title, "10.00", "RUB"));
        assertThat(created.getStatusCode()).as("creating " + title).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    /** Every deal the employee lists is one of these employees' or, for Managers, an open one. */
    private void assertSeesOnly(String employee, String... responsibles) {
        JsonNode page = get(employee, "/deals?size=100").getBody();
        List<String> seen = new ArrayList<>();
        page.get("items").forEach(deal -> {
            if (!deal.get("open").asBoolean()) {
                seen.add(deal.get("responsibleId").asText());
            }
        });
        assertThat(seen).isNotEmpty().allMatch(List.of(responsibles)::contains);
        assertThat(seen).containsAll(List.of(responsibles));
    }

    private long total(String employee) {
        ResponseEntity<JsonNode> page = get(employee, "/deals?size=1");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody().get("totalItems").asLong();
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(TestTokens.bearer(employee), HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> post(String employee, Object body) {
        return exchange(TestTokens.bearer(employee), HttpMethod.POST, "/deals", body);
    }

    private ResponseEntity<JsonNode> exchange(String authorization, HttpMethod method, String path, Object body) {
        HttpHeaders headers = TestTokens.headersWith(authorization);
        return anonymous.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void assertForbidden(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Forbidden");
        assertThat(response.getBody().get("requestId").asText()).isNotBlank();
    }

    private static void assertUnauthenticated(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Unauthenticated");
        assertThat(response.getBody().get("requestId").asText()).isEqualTo(response.getHeaders().getFirst("X-Request-Id"));
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
