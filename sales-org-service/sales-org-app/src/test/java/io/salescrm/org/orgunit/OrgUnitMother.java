package io.salescrm.org.orgunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Test data for the org tree: events and commands for fixtures, and HTTP helpers for API tests. */
public final class OrgUnitMother {

    public static final String S = OrgStructure.ID;
    public static final String COMPANY = "unit-company";

    private OrgUnitMother() {
    }

    public static OrgUnitCreatedEvent companyCreated() {
        return new OrgUnitCreatedEvent(S, COMPANY, OrgUnitKind.COMPANY, "Acme", null);
    }

    public static OrgUnitCreatedEvent departmentCreated(String unitId, String name, String parentUnitId) {
        return new OrgUnitCreatedEvent(S, unitId, OrgUnitKind.DEPARTMENT, name, parentUnitId);
    }

    public static OrgUnitCreatedEvent groupCreated(String unitId, String name, String parentUnitId) {
        return new OrgUnitCreatedEvent(S, unitId, OrgUnitKind.SALES_GROUP, name, parentUnitId);
    }

    public static CreateOrgUnitCommand createDepartment(String unitId, String name, String parentUnitId) {
        return new CreateOrgUnitCommand(S, unitId, OrgUnitKind.DEPARTMENT, name, parentUnitId);
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON body for POST /units. */
    public static Map<String, Object> unitBody(String kind, String name, String parentUnitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("parentUnitId", parentUnitId);
        return body;
    }

    /** The company unit's id, as the first-start runner created it. */
    public static String companyId(TestRestTemplate http) {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForObject("/units/tree", JsonNode.class).hasNonNull("root"));
        return http.getForObject("/units/tree", JsonNode.class).at("/root/id").asText();
    }

    /** Creates a unit through the API and waits until the read model shows it. */
    public static String createUnit(TestRestTemplate http, String kind, String name, String parentUnitId) {
        ResponseEntity<JsonNode> created = http.postForEntity("/units", unitBody(kind, name, parentUnitId), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        awaitUnit(http, id);
        return id;
    }

    public static void awaitUnit(TestRestTemplate http, String unitId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.getForEntity("/units/" + unitId, JsonNode.class).getStatusCode() == HttpStatus.OK);
    }
}
