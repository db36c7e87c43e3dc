package io.salescrm.pipeline.conversion.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.pipeline.conversion.ConversionClient;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static io.salescrm.pipeline.conversion.ConversionMother.convert;
import static io.salescrm.pipeline.conversion.ConversionMother.fromLead;
import static io.salescrm.pipeline.conversion.ConversionMother.inquiry;
import static io.salescrm.pipeline.conversion.ConversionMother.intoDeal;
import static io.salescrm.pipeline.conversion.ConversionMother.lead;
import static io.salescrm.pipeline.conversion.ConversionMother.simpleModePipeline;
import static io.salescrm.pipeline.conversion.ConversionMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access rights on conversions through the real HTTP API, with a new sales team per test: converting needs LEAD
 * WRITE on the lead and ADD for each record created; a refused conversion stores nothing.
 */
@ServiceIntegrationTest
class ConversionAccessApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    SalesTeam team;

    @BeforeEach
    void newTeam() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales(), team.groupHeadA(), team.managerA1(), team.managerB1());
    }

    @Test
    void aManagerConvertsHisOwnLeadAndEverythingCreatedIsHis() {
        ConversionClient managerA1 = as(team.managerA1());
        String leadId = managerA1.lead(lead("Mine"));

        JsonNode result = managerA1.converted(leadId, intoDeal());

        assertThat(managerA1.awaitShown("/deals/" + result.get("dealId").asText(), null).get("responsibleId").asText())
                .isEqualTo(team.managerA1());
        assertThat(managerA1.awaitShown("/contacts/" + result.get("contactId").asText(), null).get("responsibleId").asText())
                .isEqualTo(team.managerA1());
    }

    @Test
    void aGroupHeadConvertsHisSubGroupsLeadForItsResponsible() {
        String leadId = as(team.managerA3()).lead(lead("Sub-group's"));

        JsonNode result = as(team.groupHeadA()).converted(leadId, intoDeal());

        assertThat(as(team.headOfSales()).awaitShown("/deals/" + result.get("dealId").asText(), null)
                .get("responsibleId").asText()).isEqualTo(team.managerA3());
    }

    @Test
    void aLeadTheCallerMayNotReadIsNotFoundAndOneHeMayOnlyReadIsForbidden() {
        String hidden = as(team.managerA2()).lead(lead("A2's"));
        String openOfB1 = as(team.managerB1()).lead(with(lead("B1's open lead"), "open", true));
        long before = storedEvents();

        assertThat(as(team.managerA1()).convert(hidden, intoDeal()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertForbidden(as(team.managerA1()).convert(openOfB1, intoDeal()));
        assertThat(as(team.analyst()).convert(hidden, intoDeal()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void creatingForSomeoneTheCallersAddRightsDoNotCoverIsForbiddenAndStoresNothing() {
        ConversionClient managerA1 = as(team.managerA1());
        String leadId = managerA1.lead(lead("For A2?"));
        long before = storedEvents();

        assertForbidden(managerA1.convert(leadId, with(intoDeal(), "responsibleId", team.managerA2())));
        assertForbidden(managerA1.convert(leadId, with(convert(fromLead(), null, null), "responsibleId", team.managerB1())));

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutDealAddALeadBecomesAContactButNotADeal() {
        String clerk;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            clerk = org.employee("Clerk", team.groupA());
            List<Permission> permissions = new ArrayList<>();
            for (EntityType entity : List.of(EntityType.LEAD, EntityType.CONTACT, EntityType.COMPANY)) {
                for (Action action : List.of(Action.READ, Action.ADD, Action.WRITE)) {
                    permissions.add(new Permission(entity, action, AccessLevel.OWN));
                }
            }
            permissions.add(new Permission(EntityType.DEAL, Action.READ, AccessLevel.OWN));
            org.assign(org.role("Clerk " + clerk, permissions), clerk);
        }
        SalesTeam.awaitReadable(anonymous, "/leads", clerk);
        ConversionClient clerkApi = as(clerk);
        String leadId = clerkApi.lead(lead("Clerk's"));
        long before = storedEvents();

        assertForbidden(clerkApi.convert(leadId, intoDeal()));
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(clerkApi.convert(leadId, convert(fromLead(), fromLead(), null)).getStatusCode()).isEqualTo(HttpStatus.OK);

        String simple = simpleModePipeline(commands);
        assertForbidden(clerkApi.post("/pipelines/" + simple + "/inquiries", inquiry("Clerk's inquiry")));
    }

    private ConversionClient as(String employeeId) {
        return ConversionClient.as(anonymous, employeeId);
    }

    private static void assertForbidden(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Forbidden");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
