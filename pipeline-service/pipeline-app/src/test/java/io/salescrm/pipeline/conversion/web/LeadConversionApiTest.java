package io.salescrm.pipeline.conversion.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.conversion.ConversionClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.salescrm.pipeline.conversion.ConversionMother.bareLead;
import static io.salescrm.pipeline.conversion.ConversionMother.convert;
import static io.salescrm.pipeline.conversion.ConversionMother.existing;
import static io.salescrm.pipeline.conversion.ConversionMother.fromLead;
import static io.salescrm.pipeline.conversion.ConversionMother.intoDeal;
import static io.salescrm.pipeline.conversion.ConversionMother.lead;
import static io.salescrm.pipeline.conversion.ConversionMother.pipelineRequiringACloseDate;
import static io.salescrm.pipeline.conversion.ConversionMother.simpleModePipeline;
import static io.salescrm.pipeline.conversion.ConversionMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lead conversion (work schemes 1 and 2) through the real HTTP API as the Head of sales (allowed everything);
 * access rules are in ConversionAccessApiTest.
 */
@ServiceIntegrationTest
class LeadConversionApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    SalesTeam team;
    ConversionClient api;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales());
        api = ConversionClient.as(anonymous, team.headOfSales());
    }

    @Test
    void variant1ALeadBecomesANewContactAndCompanyWithoutADealAndEachRecordsItsLead() {
        String leadId = api.lead(lead("Variant 1"));

        JsonNode result = api.converted(leadId, convert(fromLead(), fromLead(), null));

        assertThat(result.get("leadId").asText()).isEqualTo(leadId);
        assertThat(result.get("dealId").isNull()).isTrue();
        String contactId = result.get("contactId").asText();
        String companyId = result.get("companyId").asText();
        JsonNode lead = api.awaitConverted(leadId);
        assertThat(lead.get("status").asText()).isEqualTo("CONVERTED");
        assertThat(lead.at("/conversion/contactId").asText()).isEqualTo(contactId);
        assertThat(lead.at("/conversion/companyId").asText()).isEqualTo(companyId);
        assertThat(lead.at("/conversion/dealId").isNull()).isTrue();
        JsonNode contact = api.awaitShown("/contacts/" + contactId, null);
        assertThat(contact.get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(contact.get("companyIds").get(0).asText()).isEqualTo(companyId);
        assertThat(contact.at("/details/name/last").asText()).isEqualTo("Smirnova");
        JsonNode company = api.awaitShown("/companies/" + companyId, null);
        assertThat(company.get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(company.get("responsibleId").asText()).isEqualTo(team.headOfSales());
    }

    @Test
    void variant1ALeadCanBecomeAnExistingContactAndCompanyInsteadOfNewOnes() {
        JsonNode first = api.converted(api.lead(lead("Known people")), convert(fromLead(), fromLead(), null));
        String leadId = api.lead(lead("Same people again"));

        JsonNode result = api.converted(leadId, convert(existing(first.get("contactId").asText()),
                existing(first.get("companyId").asText()), null));

        assertThat(result.get("contactId").asText()).isEqualTo(first.get("contactId").asText());
        assertThat(result.get("companyId").asText()).isEqualTo(first.get("companyId").asText());
        assertThat(api.awaitConverted(leadId).at("/conversion/contactId").asText())
                .isEqualTo(first.get("contactId").asText());
        assertThat(api.convert(api.lead(lead("Unknown contact")), convert(existing("no-such-contact"), null, null))
                .getBody().at("/errors/0/field").asText()).isEqualTo("contact.id");
    }

    @Test
    void variant1OnlyACompanyTakesThePersonsPhonesAndEmailsToo() {
        Map<String, Object> body = lead("Company only");
        String leadId = api.lead(body);

        JsonNode result = api.converted(leadId, convert(null, fromLead(), null));

        assertThat(result.get("contactId").isNull()).isTrue();
        JsonNode company = api.awaitShown("/companies/" + result.get("companyId").asText(), null);
        assertThat(company.at("/details/emails/0").asText()).isEqualTo(((List<?>) body.get("emails")).get(0));
    }

    @Test
    void variant2ALeadBecomesADealWithItsContactAndCompanyInOneRequestCarryingItsCapturedData() {
        Map<String, Object> body = with(lead("Fast sale"), "products", List.of(Map.of("productId", "prod-1")));
        String leadId = api.lead(body);

        JsonNode result = api.converted(leadId, intoDeal());

        String dealId = result.get("dealId").asText();
        String contactId = result.get("contactId").asText();
        String companyId = result.get("companyId").asText();
        JsonNode deal = api.awaitShown("/deals/" + dealId, null);
        assertThat(deal.get("title").asText()).isEqualTo("Fast sale");
        assertThat(deal.get("amount").asText()).isEqualTo("1000.00");
        assertThat(deal.get("currency").asText()).isEqualTo("USD");
        assertThat(deal.get("amountInBase").asText()).isEqualTo("80000.00");
        assertThat(deal.get("pipelineId").asText()).isEqualTo(DefaultPipeline.ID);
        assertThat(deal.get("stageId").asText()).isEqualTo(DefaultPipeline.FIRST_STAGE);
        assertThat(deal.get("source").asText()).isEqualTo("WEBSITE");
        assertThat(deal.get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(deal.get("companyId").asText()).isEqualTo(companyId);
        assertThat(deal.get("contactIds").get(0).asText()).isEqualTo(contactId);
        assertThat(deal.at("/customFields/productsOfInterest").asText()).isEqualTo("prod-1");
        JsonNode lead = api.awaitConverted(leadId);
        assertThat(lead.at("/conversion/dealId").asText()).isEqualTo(dealId);
        assertThat(api.awaitShown("/contacts/" + contactId, null).get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(api.awaitShown("/companies/" + companyId, null).get("originLeadId").asText()).isEqualTo(leadId);
    }

    @Test
    void variant2TheDealsPipelineStageTitleAndAmountCanBeGiven() {
        String leadId = api.lead(lead("Given terms"));

        JsonNode result = api.converted(leadId, intoDeal(Map.of("stageId", DefaultPipeline.QUALIFICATION,
                "title", "Negotiated", "amount", "700.00", "currency", "RUB")));

        JsonNode deal = api.awaitShown("/deals/" + result.get("dealId").asText(), null);
        assertThat(deal.get("stageId").asText()).isEqualTo(DefaultPipeline.QUALIFICATION);
        assertThat(deal.get("title").asText()).isEqualTo("Negotiated");
        assertThat(deal.get("amount").asText()).isEqualTo("700.00");
        assertThat(deal.get("currency").asText()).isEqualTo("RUB");
    }

    @Test
    void convertingTwiceIsRefusedWithTheFirstConversionsIdsAndStoresNothing() {
        String leadId = api.lead(lead("Twice"));
        JsonNode first = api.converted(leadId, intoDeal());
        long before = storedEvents();

        ResponseEntity<JsonNode> second = api.convert(leadId, convert(fromLead(), null, null));

        assertAlreadyConverted(second, first);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void ofTwoConcurrentConversionsOneWinsAndTheOtherIsRefused() throws Exception {
        String leadId = api.lead(lead("Raced"));
        long dealsBefore = storedEvents("DealCreatedEvent");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ResponseEntity<JsonNode>>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return api.convert(leadId, intoDeal());
                }, pool));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> responses = racing.stream().map(CompletableFuture::join).toList();

            List<ResponseEntity<JsonNode>> won = responses.stream().filter(r -> r.getStatusCode() == HttpStatus.OK).toList();
            assertThat(won).as("%s", responses).hasSize(1);
            ResponseEntity<JsonNode> lost = responses.stream().filter(r -> r.getStatusCode() != HttpStatus.OK).findFirst().orElseThrow();
            assertAlreadyConverted(lost, won.get(0).getBody());
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventStore.readEvents(leadId).asStream().filter(e -> e.getPayload() instanceof LeadConvertedEvent)).hasSize(1);
        assertThat(storedEvents("DealCreatedEvent")).isEqualTo(dealsBefore + 1);
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheFirstResult() {
        String leadId = api.lead(lead("Retried"));
        String key = "convert-" + leadId;

        ResponseEntity<JsonNode> first = api.post("/leads/" + leadId + "/convert", intoDeal(), key);
        ResponseEntity<JsonNode> retry = api.post("/leads/" + leadId + "/convert", intoDeal(), key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
    }

    @Test
    void aStepRefusedHalfWayLeavesTheLeadUnconvertedAndCreatesNothingSoTheRequestCanBeRepeated() {
        String strict = pipelineRequiringACloseDate(commands);
        String leadId = api.lead(lead("Half way"));
        long before = storedEvents();

        ResponseEntity<JsonNode> refused = api.convert(leadId, intoDeal(Map.of("pipelineId", strict)));

        assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(storedEvents()).as("the lead's, the contact's and the company's events were rolled back").isEqualTo(before);
        assertThat(api.awaitShown("/leads/" + leadId, null).get("status").asText()).isEqualTo("NEW");

        JsonNode converted = api.converted(leadId, intoDeal());
        assertThat(converted.get("dealId").isNull()).isFalse();
    }

    @Test
    void aLeadCannotBeConvertedIntoASimpleModePipeline() {
        String simple = simpleModePipeline(commands);
        String leadId = api.lead(lead("Wrong pipeline"));

        ResponseEntity<JsonNode> refused = api.convert(leadId, intoDeal(Map.of("pipelineId", simple)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("simple-mode-pipeline");
    }

    @Test
    void aNewContactOrCompanyLookingLikeAnExistingOneIsA409WithCandidatesUnlessForced() {
        Map<String, Object> body = lead("Original");
        JsonNode original = api.converted(api.lead(body), convert(fromLead(), fromLead(), null));
        // duplicates are found in the read models
        api.awaitShown("/contacts/" + original.get("contactId").asText(), null);
        api.awaitShown("/companies/" + original.get("companyId").asText(), null);
        String twinId = api.lead(with(body, "title", "Twin"));

        ResponseEntity<JsonNode> duplicate = api.convert(twinId, convert(fromLead(), fromLead(), null));

        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("rule").asText()).isEqualTo("duplicate");
        assertThat(duplicate.getBody().get("candidates").findValuesAsText("id"))
                .contains(original.get("contactId").asText(), original.get("companyId").asText());
        assertThat(api.convert(twinId, convert(existing(original.get("contactId").asText()), fromLead(), null))
                .getStatusCode()).as("the company is still a likely duplicate").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> forced = api.post("/leads/" + twinId + "/convert?force=true", convert(fromLead(), fromLead(), null));
        assertThat(forced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forced.getBody().get("contactId").asText()).isNotEqualTo(original.get("contactId").asText());
    }

    @Test
    void badRequestsAreProblemsThatStoreNothing() {
        long before = storedEvents();
        String leadId = api.lead(lead("Nothing asked"));
        long afterLead = storedEvents();
        assertThat(afterLead).isGreaterThan(before);

        ResponseEntity<JsonNode> nothing = api.convert(leadId, Map.of());
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().at("/errors/0/field").asText()).isEqualTo("contact");
        ResponseEntity<JsonNode> badAmount = api.convert(leadId, intoDeal(Map.of("amount", "-5")));
        assertThat(badAmount.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAmount.getBody().at("/errors/0/field").asText()).isEqualTo("deal.amount");
        ResponseEntity<JsonNode> unknownStage = api.convert(leadId, intoDeal(Map.of("stageId", "no-such-stage")));
        assertThat(unknownStage.getBody().at("/errors/0/field").asText()).isEqualTo("deal.stageId");
        assertThat(api.convert("no-such-lead", intoDeal()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String bare = api.lead(bareLead("No person"));
        ResponseEntity<JsonNode> noPerson = api.convert(bare, convert(fromLead(), null, null));
        assertThat(noPerson.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noPerson.getBody().get("rule").asText()).isEqualTo("lead-has-no-person");
        assertThat(storedEvents()).isEqualTo(afterLead + storedEventsOf(bare));
    }

    private static void assertAlreadyConverted(ResponseEntity<JsonNode> response, JsonNode firstResult) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("already-converted");
        assertThat(response.getBody().get("conversion")).isEqualTo(firstResult);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long storedEventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().count();
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    private long storedEvents(String simpleType) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?", Long.class, "%." + simpleType);
    }
}
