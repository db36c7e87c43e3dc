package io.salescrm.pipeline.conversion.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.conversion.ConversionClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static io.salescrm.pipeline.conversion.ConversionMother.convert;
import static io.salescrm.pipeline.conversion.ConversionMother.deal;
import static io.salescrm.pipeline.conversion.ConversionMother.fromLead;
import static io.salescrm.pipeline.conversion.ConversionMother.lead;
import static io.salescrm.pipeline.conversion.ConversionMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Work scheme 3 through the real HTTP API: deals created from an existing company or contact. */
@ServiceIntegrationTest
class DealFromPartyApiTest {

    @Autowired
    TestRestTemplate anonymous;

    SalesTeam team;
    ConversionClient head;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales(), team.managerA1());
        head = ConversionClient.as(anonymous, team.headOfSales());
    }

    @Test
    void aDealFromACompanyIsLinkedToItAndGoesToTheCompanysResponsible() {
        JsonNode parties = partiesOf(team.managerA1());

        ResponseEntity<JsonNode> created = head.post("/deals/from-company/" + parties.get("companyId").asText(),
                deal("Second order", "1200.00"));

        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String dealId = created.getBody().get("dealId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/deals/" + dealId);
        JsonNode deal = head.awaitShown("/deals/" + dealId, null);
        assertThat(deal.get("companyId").asText()).isEqualTo(parties.get("companyId").asText());
        assertThat(deal.get("contactIds")).isEmpty();
        assertThat(deal.get("responsibleId").asText()).isEqualTo(team.managerA1());
        assertThat(deal.get("pipelineId").asText()).isEqualTo(DefaultPipeline.ID);
        assertThat(deal.get("amount").asText()).isEqualTo("1200.00");
        assertThat(deal.get("originLeadId").isNull()).isTrue();
    }

    @Test
    void aDealFromAContactTakesTheContactsFirstCompany() {
        JsonNode parties = partiesOf(team.headOfSales());

        ResponseEntity<JsonNode> created = head.post("/deals/from-contact/" + parties.get("contactId").asText(),
                with(deal("Through the buyer", "300.00"), "stageId", DefaultPipeline.QUALIFICATION));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("companyId").asText()).isEqualTo(parties.get("companyId").asText());
        JsonNode deal = head.awaitShown("/deals/" + created.getBody().get("dealId").asText(), null);
        assertThat(deal.get("contactIds").get(0).asText()).isEqualTo(parties.get("contactId").asText());
        assertThat(deal.get("companyId").asText()).isEqualTo(parties.get("companyId").asText());
        assertThat(deal.get("stageId").asText()).isEqualTo(DefaultPipeline.QUALIFICATION);
    }

    @Test
    void theResponsibleIsTheCallerWhenHeMayNotAddDealsForTheRecordsResponsible() {
        JsonNode parties = partiesOf(team.managerB1());
        ConversionClient groupHeadA = ConversionClient.as(anonymous, team.groupHeadA());
        // group head A may not read group B's company: it is not found
        assertThat(groupHeadA.post("/deals/from-company/" + parties.get("companyId").asText(), deal("Not his", "1.00"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String openLead = head.lead(with(with(lead("Open one"), "open", true), "responsibleId", team.managerB1()));
        JsonNode open = head.converted(openLead, convert(null, fromLead(), null));
        ConversionClient managerA1 = ConversionClient.as(anonymous, team.managerA1());
        ResponseEntity<JsonNode> created = managerA1.post("/deals/from-company/" + open.get("companyId").asText(), deal("Mine", "5.00"));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(managerA1.awaitShown("/deals/" + created.getBody().get("dealId").asText(), null).get("responsibleId").asText())
                .isEqualTo(team.managerA1());
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstDealAndBadInputIsAProblem() {
        JsonNode parties = partiesOf(team.headOfSales());
        String path = "/deals/from-company/" + parties.get("companyId").asText();

        ResponseEntity<JsonNode> first = head.post(path, deal("Once", "10.00"), "from-company-" + parties.get("companyId").asText());
        ResponseEntity<JsonNode> retry = head.post(path, deal("Once", "10.00"), "from-company-" + parties.get("companyId").asText());
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

        assertThat(head.post(path, Map.of("amount", "1.00")).getBody().at("/errors/0/field").asText()).isEqualTo("title");
        assertThat(head.post(path, with(deal("X", "1.00"), "pipelineId", "no-such-pipeline")).getBody()
                .at("/errors/0/field").asText()).isEqualTo("pipelineId");
        assertThat(head.post("/deals/from-contact/no-such-contact", deal("X", "1.00")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(head.post("/deals/from-company/no-such-company", deal("X", "1.00")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A contact linked to a company, both responsible {@code employeeId}, made by converting a lead. */
    private JsonNode partiesOf(String employeeId) {
        String leadId = head.lead(with(lead("Parties of " + employeeId), "responsibleId", employeeId));
        return head.converted(leadId, convert(fromLead(), fromLead(), null));
    }
}
