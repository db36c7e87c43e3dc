package io.salescrm.catalog.script.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.api.script.ScriptStep;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.PRICE;
import static io.salescrm.catalog.script.ScriptMother.ask;
import static io.salescrm.catalog.script.ScriptMother.changeBody;
import static io.salescrm.catalog.script.ScriptMother.requestBody;
import static io.salescrm.catalog.script.ScriptMother.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Personal versions of scripts: derive, edit, what changed in the standard since, rebase, who may see them. */
@ServiceIntegrationTest
class PersonalScriptApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;
    String scriptId;

    @BeforeEach
    void aStandardScript() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/scripts", team.headOfSales(), team.managerA1(), team.groupHeadA(), team.groupHeadB());
        ResponseEntity<JsonNode> created = post(team.headOfSales(), "/scripts", requestBody("PIPELINE_STAGE", UUID.randomUUID().toString()));
        scriptId = created.getBody().get("id").asText();
        await().atMost(FEW_SECONDS).until(() -> get(team.managerA1(), "/scripts/" + scriptId).getStatusCode().is2xxSuccessful());
    }

    @Test
    void aSalespersonSeesWhatTheStandardChangedSinceHisBaseAndRebases() {
        String a1 = team.managerA1();
        ResponseEntity<JsonNode> derived = post(a1, "/scripts/" + scriptId + "/personal", null);
        assertThat(derived.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(derived.getBody().get("baseVersion").asLong()).isEqualTo(1);

        List<ScriptStep> mine = List.of(say("greet", "Hi, Oleg here."), ASK, PRICE, say(null, "My closing line"));
        assertThat(put(a1, personalPath(a1), changeBody(1, mine)).getBody().get("version").asLong()).isEqualTo(2);

        ScriptStep newAsk = ask("needs", "What volume per month, and from when?");
        assertThat(put(team.headOfSales(), "/scripts/" + scriptId, changeBody(1, List.of(GREET, newAsk, say("close", "Shall I send the offer?"))))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode status = get(a1, personalPath(a1)).getBody();
            assertThat(status.get("personal").get("version").asLong()).isEqualTo(2);
            assertThat(status.get("latestStandardVersion").asLong()).isEqualTo(2);
            assertThat(status.get("behindStandard").asBoolean()).isTrue();
            assertThat(changes(status.get("standardChanges"))).containsExactly("price REMOVED", "needs CHANGED", "close ADDED");
            assertThat(changes(status.get("ownChanges"))).hasSize(2).contains("greet CHANGED");
            assertThat(status.get("rebaseConflicts")).isEmpty();
        });

        ResponseEntity<JsonNode> rebased = post(a1, personalPath(a1) + "/rebase", Map.of("expectedVersion", 2));
        assertThat(rebased.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rebased.getBody().get("version").asLong()).isEqualTo(3);
        assertThat(rebased.getBody().get("baseVersion").asLong()).isEqualTo(2);
        assertThat(rebased.getBody().get("conflicts")).isEmpty();

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode status = get(a1, personalPath(a1)).getBody();
            assertThat(status.get("behindStandard").asBoolean()).isFalse();
            assertThat(status.get("standardChanges")).isEmpty();
            List<String> texts = new ArrayList<>();
            status.get("personal").get("steps").forEach(s -> texts.add(s.get("text").asText()));
            assertThat(texts).containsExactly("Hi, Oleg here.", newAsk.text(), "My closing line", "Shall I send the offer?");
        });
        JsonNode versions = get(a1, personalPath(a1) + "/versions").getBody();
        assertThat(versions.get("totalItems").asLong()).isEqualTo(3);
        assertThat(versions.get("items").get(0).get("origin").asText()).isEqualTo("REBASED");
        assertThat(get(a1, personalPath(a1) + "/versions/1").getBody().get("origin").asText()).isEqualTo("DERIVED");
    }

    @Test
    void conflictsAreReportedAndThePersonalSideKept() {
        String a2 = team.managerA2();
        post(a2, "/scripts/" + scriptId + "/personal", null);
        put(a2, personalPath(a2), changeBody(1, List.of(say("greet", "Mine"), ASK, PRICE)));
        put(team.headOfSales(), "/scripts/" + scriptId, changeBody(1, List.of(say("greet", "Standard's"), ASK, PRICE)));
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(a2, personalPath(a2)).getBody().get("rebaseConflicts")).hasSize(1));
        JsonNode rebased = post(a2, personalPath(a2) + "/rebase", Map.of("expectedVersion", 2)).getBody();
        assertThat(rebased.get("conflicts").get(0).get("reason").asText()).isEqualTo("BOTH_CHANGED");
        assertThat(rebased.get("conflicts").get(0).get("personal").get("text").asText()).isEqualTo("Mine");

        ResponseEntity<JsonNode> again = post(a2, personalPath(a2) + "/rebase", Map.of("expectedVersion", 3));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody().get("rule").asText()).isEqualTo("already-on-this-base");
        assertThat(post(a2, personalPath(a2) + "/rebase", Map.of("expectedVersion", 1)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onePersonalVersionPerEmployeeAndOnlyTheOwnerWritesIt() {
        String a3 = team.managerA3();
        assertThat(post(a3, "/scripts/" + scriptId + "/personal", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(FEW_SECONDS).until(() -> get(a3, personalPath(a3)).getStatusCode().is2xxSuccessful());
        ResponseEntity<JsonNode> second = post(a3, "/scripts/" + scriptId + "/personal", null);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("rule").asText()).isEqualTo("personal-script-exists");
        assertThat(put(team.groupHeadA(), personalPath(a3), changeBody(1, List.of(GREET))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(team.headOfSales(), personalPath(a3) + "/rebase", Map.of("expectedVersion", 1)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(a3, personalPath(a3), changeBody(1, List.of())).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void headsReadTheirPeoplesPersonalVersionsOnly() {
        String b1 = team.managerB1();
        String a1 = team.managerA1();
        post(b1, "/scripts/" + scriptId + "/personal", null);
        post(a1, "/scripts/" + scriptId + "/personal", null);
        await().atMost(FEW_SECONDS).until(() -> get(b1, personalPath(b1)).getStatusCode().is2xxSuccessful()
                && get(a1, personalPath(a1)).getStatusCode().is2xxSuccessful());

        assertThat(get(team.groupHeadB(), personalPath(b1)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.headOfSales(), personalPath(b1)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.groupHeadA(), personalPath(b1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(a1, personalPath(b1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(a1, personalPath(b1) + "/versions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(owners(get(team.groupHeadB(), "/scripts/" + scriptId + "/personal").getBody())).containsExactly(b1);
        assertThat(owners(get(a1, "/scripts/" + scriptId + "/personal").getBody())).containsExactly(a1);
        assertThat(owners(get(team.headOfSales(), "/scripts/" + scriptId + "/personal").getBody())).contains(a1, b1);
    }

    @Test
    void unknownScriptsAndPersonalVersionsAreA404() {
        assertThat(post(team.managerA1(), "/scripts/" + UUID.randomUUID() + "/personal", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(team.managerA1(), "/scripts/" + scriptId + "/personal?baseVersion=5", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(team.headOfSales(), personalPath(team.managerB1()) + "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put(team.managerA2(), "/scripts/" + UUID.randomUUID() + "/personal/" + team.managerA2(), changeBody(1, List.of(GREET)))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String personalPath(String employeeId) {
        return "/scripts/" + scriptId + "/personal/" + employeeId;
    }

    private static List<String> changes(JsonNode changes) {
        List<String> named = new ArrayList<>();
        changes.forEach(c -> named.add(c.get("stepId").asText() + " " + c.get("change").asText()));
        return named;
    }

    private static List<String> owners(JsonNode page) {
        List<String> owners = new ArrayList<>();
        page.get("items").forEach(p -> owners.add(p.get("employeeId").asText()));
        return owners;
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> post(String employee, String path, Object body) {
        return exchange(employee, HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> put(String employee, String path, Object body) {
        return exchange(employee, HttpMethod.PUT, path, body);
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employee)), JsonNode.class);
    }
}
