package io.salescrm.pipeline.conversion.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.conversion.ConversionClient;
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

import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.conversion.ConversionMother.inquiry;
import static io.salescrm.pipeline.conversion.ConversionMother.simpleModePipeline;
import static io.salescrm.pipeline.conversion.ConversionMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/** Work scheme 4 through the real HTTP API: inquiries of a simple-mode pipeline. */
@ServiceIntegrationTest
class InquiryApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    SalesTeam team;
    ConversionClient api;
    String simple;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales());
        api = ConversionClient.as(anonymous, team.headOfSales());
        simple = simpleModePipeline(commands);
    }

    @Test
    void anInquiryCreatesTheContactTheCompanyAndTheDealInOneStep() {
        ResponseEntity<JsonNode> created = api.post("/pipelines/" + simple + "/inquiries", inquiry("Needs 3 pumps"));

        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode result = created.getBody();
        assertThat(result.get("leadId").isNull()).isTrue();
        String dealId = result.get("dealId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/deals/" + dealId);
        JsonNode deal = api.awaitShown("/deals/" + dealId, null);
        assertThat(deal.get("pipelineId").asText()).isEqualTo(simple);
        assertThat(deal.get("stageId").asText()).isEqualTo("incoming");
        assertThat(deal.get("title").asText()).isEqualTo("Needs 3 pumps");
        assertThat(deal.get("amount").asText()).isEqualTo("2500.00");
        assertThat(deal.get("source").asText()).isEqualTo("CALL");
        assertThat(deal.get("companyId").asText()).isEqualTo(result.get("companyId").asText());
        assertThat(deal.get("contactIds").get(0).asText()).isEqualTo(result.get("contactId").asText());
        JsonNode contact = api.awaitShown("/contacts/" + result.get("contactId").asText(), null);
        assertThat(contact.get("companyIds").get(0).asText()).isEqualTo(result.get("companyId").asText());
        assertThat(contact.at("/details/name/last").asText()).isEqualTo("Sidorova");
    }

    @Test
    void anInquiryWithoutACompanyOrWithExistingRecordsCreatesOnlyWhatIsNew() {
        JsonNode first = api.post("/pipelines/" + simple + "/inquiries", inquiry("First")).getBody();
        long contactsBefore = storedEvents("ContactCreatedEvent");
        long companiesBefore = storedEvents("CompanyCreatedEvent");

        Map<String, Object> again = Map.of("contactId", first.get("contactId").asText(),
                "companyId", first.get("companyId").asText(), "title", "Repeat order");
        ResponseEntity<JsonNode> repeat = api.post("/pipelines/" + simple + "/inquiries", again);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getBody().get("contactId")).isEqualTo(first.get("contactId"));

        Map<String, Object> personOnly = with(inquiry("Private person"), "company", null);
        ResponseEntity<JsonNode> privatePerson = api.post("/pipelines/" + simple + "/inquiries", personOnly);
        assertThat(privatePerson.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(privatePerson.getBody().get("companyId").isNull()).isTrue();

        assertThat(storedEvents("ContactCreatedEvent")).isEqualTo(contactsBefore + 1);
        assertThat(storedEvents("CompanyCreatedEvent")).isEqualTo(companiesBefore);
    }

    @Test
    void aPipelineNotInSimpleModeRefusesInquiries() {
        ResponseEntity<JsonNode> refused = api.post("/pipelines/" + DefaultPipeline.ID + "/inquiries", inquiry("Wrong place"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("not-simple-mode");
        assertThat(api.post("/pipelines/no-such-pipeline/inquiries", inquiry("Nowhere")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLikelyDuplicatePersonIsA409WithCandidatesUnlessForced() {
        Map<String, Object> body = inquiry("Original inquiry");
        JsonNode original = api.post("/pipelines/" + simple + "/inquiries", body).getBody();
        api.awaitShown("/contacts/" + original.get("contactId").asText(), null); // duplicates are found in the read model
        Map<String, Object> samePerson = with(with(body, "title", "Again"), "company", null);

        ResponseEntity<JsonNode> duplicate = api.post("/pipelines/" + simple + "/inquiries", samePerson);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("candidates").findValuesAsText("id")).contains(original.get("contactId").asText());

        assertThat(api.post("/pipelines/" + simple + "/inquiries?force=true", samePerson).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badInquiriesAreProblemsNamingTheFieldAndStoreNothing() {
        long before = storedEvents("DealCreatedEvent");
        assertField(api.post("/pipelines/" + simple + "/inquiries", with(inquiry("No person"), "person", null)), "person");
        assertField(api.post("/pipelines/" + simple + "/inquiries",
                with(inquiry("Nameless"), "person", Map.of("position", "Buyer"))), "person.lastName");
        assertField(api.post("/pipelines/" + simple + "/inquiries", with(inquiry("No title"), "title", " ")), "title");
        assertField(api.post("/pipelines/" + simple + "/inquiries", with(inquiry("Bad phone"), "person",
                Map.of("lastName", "Ivanov", "phones", List.of(Map.of("number", "12", "type", "WORK"))))), "phones[0]");
        assertField(api.post("/pipelines/" + simple + "/inquiries", with(inquiry("Bad INN"), "company",
                Map.of("name", "Bad INN Ltd", "taxId", "1234567890"))), "taxId");
        assertThat(storedEvents("DealCreatedEvent")).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstResult() {
        String key = "inquiry-" + simple;
        Map<String, Object> body = inquiry("Once");
        ResponseEntity<JsonNode> first = api.post("/pipelines/" + simple + "/inquiries", body, key);
        ResponseEntity<JsonNode> retry = api.post("/pipelines/" + simple + "/inquiries", body, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
    }

    private static void assertField(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
    }

    private long storedEvents(String simpleType) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?", Long.class, "%." + simpleType);
    }
}
