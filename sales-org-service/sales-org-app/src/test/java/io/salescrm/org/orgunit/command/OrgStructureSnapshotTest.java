package io.salescrm.org.orgunit.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static io.salescrm.org.orgunit.OrgUnitMother.createUnit;
import static io.salescrm.org.orgunit.OrgUnitMother.unique;
import static io.salescrm.org.orgunit.OrgUnitMother.unitBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The org structure loads from its snapshot plus the events after it, and keeps all its rules. */
@ServiceIntegrationTest
class OrgStructureSnapshotTest {

    @Autowired
    Snapshotter snapshotter;
    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStructureKeepsItsRulesWhenLoadedFromASnapshot() {
        String company = companyId(http);
        String name = unique("Before snapshot");
        String department = createUnit(http, "DEPARTMENT", name, company);

        snapshotter.scheduleSnapshot(OrgStructureAggregate.class, OrgStructure.ID);

        Map<String, Object> snapshot = jdbc.queryForMap(
                "SELECT type, payloadRevision, sequenceNumber FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", OrgStructure.ID);
        assertThat(snapshot.get("type")).as("the snapshot filter's type").isEqualTo(OrgStructureAggregate.class.getSimpleName());
        assertThat(snapshot.get("payloadRevision")).isEqualTo("1");

        assertThat(http.postForEntity("/units", unitBody("DEPARTMENT", name, company), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        String group = createUnit(http, "SALES_GROUP", "After snapshot", department);
        assertThat(http.postForEntity("/units/" + department + "/move", Map.of("parentUnitId", group), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
