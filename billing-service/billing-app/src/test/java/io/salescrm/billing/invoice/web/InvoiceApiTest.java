package io.salescrm.billing.invoice.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.invoice.InvoiceApi;
import io.salescrm.billing.invoice.InvoiceMother;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaRecords;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.salescrm.billing.invoice.InvoiceMother.lineBody;
import static io.salescrm.billing.invoice.InvoiceMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The invoice and payment API as the Head of sales (allowed everything) uses it; access rules in InvoiceAccessApiTest. */
@ServiceIntegrationTest
class InvoiceApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;

    ReferenceMother references;
    SalesTeam team;
    InvoiceApi api;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/invoices", team.headOfSales());
        references = new ReferenceMother();
        api = new InvoiceApi(anonymous, team.headOfSales(), references, parties, deals);
    }

    @AfterEach
    void close() {
        references.close();
    }

    @Test
    void anIssuedInvoiceHasTheNextNumberThePayersRequisitesAndIsPublished() throws Exception {
        String company = api.payer("ООО «Ромашка»", team.headOfSales());
        String id = api.draft(company);
        assertThat(api.awaitInvoice(id, "status", "DRAFT").hasNonNull("number")).isFalse();

        assertThat(api.issue(id).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode invoice = api.awaitInvoice(id, "status", "ISSUED");
        assertThat(invoice.get("number").asText()).matches(LocalDate.now().getYear() + "-\\d{6}");
        assertThat(invoice.get("payer").get("name").asText()).isEqualTo("ООО «Ромашка»");
        assertThat(invoice.get("payer").get("taxId").asText()).isEqualTo("7707083893");
        assertThat(invoice.get("seller").get("name").asText()).isNotBlank();
        assertThat(invoice.get("total").asText()).isEqualTo("1200.00");
        assertThat(invoice.get("vatTotal").asText()).isEqualTo("200.00");
        assertThat(invoice.get("balance").asText()).isEqualTo("1200.00");
        assertThat(invoice.get("dueDate").asText()).isEqualTo(LocalDate.parse(invoice.get("issueDate").asText()).plusDays(14).toString());

        var record = KafkaRecords.awaitKey(EmbeddedInfrastructure.kafkaBootstrapServers(), BillingTopic.NAME, id, Duration.ofSeconds(20));
        assertThat(new String(record.headers().lastHeader("axon-message-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.salescrm.billing.api.invoice.InvoiceCreatedEvent");
    }

    @Test
    void paymentsPayTheInvoiceStepByStepAndAnOverpaymentIsRefusedNamingTheBalance() {
        String id = api.issued(api.payer("ООО «Василёк»", team.headOfSales()));

        ResponseEntity<JsonNode> first = api.pay(id, "500.00");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        api.awaitInvoice(id, "status", "PARTIALLY_PAID");

        ResponseEntity<JsonNode> over = api.pay(id, "700.01");
        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(over.getBody().get("detail").asText()).contains("exceeds the outstanding balance of 700.00 RUB");

        assertThat(api.pay(id, "700.00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode paid = api.awaitInvoice(id, "status", "PAID");
        assertThat(paid.get("balance").asText()).isEqualTo("0.00");
        assertThat(paid.get("paidAt").asText()).isNotBlank();

        await().atMost(InvoiceApi.PATIENCE).untilAsserted(() -> {
            JsonNode ledger = api.get("/invoices/" + id + "/ledger").getBody();
            assertThat(ledger.get("items")).hasSize(2);
            assertThat(ledger.get("items").get(0).get("amount").asText()).isEqualTo("500.00");
            assertThat(ledger.get("items").get(0).get("balanceAfter").asText()).isEqualTo("700.00");
            assertThat(ledger.get("items").get(1).get("balanceAfter").asText()).isEqualTo("0.00");
        });
    }

    @Test
    void anInvoiceWithPaymentsIsCancelledOnlyAfterTheyAreRefunded() {
        String id = api.issued(api.payer("ООО «Клевер»", team.headOfSales()));
        String payment = api.pay(id, "300.00").getBody().get("id").asText();

        ResponseEntity<JsonNode> refused = api.cancel(id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("refund them before cancelling");

        assertThat(api.refund(id, payment, "300.01").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.refund(id, payment, "300.00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.cancel(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode cancelled = api.awaitInvoice(id, "status", "CANCELLED");
        assertThat(cancelled.get("number").asText()).isNotBlank();
    }

    @Test
    void badInputIsA400NamingTheField() {
        ResponseEntity<JsonNode> noLines = api.draft(requestBody("company-x", "RUB", List.of()));
        assertThat(noLines.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noLines.getBody().get("errors").toString()).contains("lines");

        ResponseEntity<JsonNode> badCurrency = api.draft(requestBody("company-x", "XXQ", List.of(lineBody("A", "1", "1.00", "20"))));
        assertThat(badCurrency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCurrency.getBody().get("errors").toString()).contains("currency");

        ResponseEntity<JsonNode> negative = api.draft(requestBody("company-x", "RUB", List.of(lineBody("A", "-1", "1.00", "20"))));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> noPayer = api.draft(requestBody(null, "RUB", List.of(lineBody("A", "1", "1.00", "20"))));
        assertThat(noPayer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPayer.getBody().get("errors").toString()).contains("companyId");

        String id = api.issued(api.payer("ООО «Ландыш»", team.headOfSales()));
        ResponseEntity<JsonNode> zero = api.pay(id, "0.00");
        assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownInvoicesAre404AndIssuingTwiceIs409() {
        assertThat(api.issue("no-such-invoice").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.pay("no-such-invoice", "1.00").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/invoices/no-such-invoice").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String id = api.issued(api.payer("ООО «Мак»", team.headOfSales()));
        ResponseEntity<JsonNode> again = api.issue(id);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aDraftCannotBePaidAndAPayerBillingDoesNotKnowCannotBeInvoiced() {
        String draft = api.draft(api.payer("ООО «Тюльпан»", team.headOfSales()));
        assertThat(api.pay(draft, "1.00").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        String unknownPayer = api.draft("company-nobody-knows");
        ResponseEntity<JsonNode> issue = api.issue(unknownPayer);
        assertThat(issue.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(issue.getBody().get("detail").asText()).contains("company-nobody-knows");
    }


    @Test
    void theListIsFilteredByStatusAndCompanyAndBounded() {
        String company = api.payer("ООО «Роза»", team.headOfSales());
        String draft = api.draft(company);
        String issued = api.issued(company);
        api.awaitInvoice(draft, "status", "DRAFT");
        api.awaitInvoice(issued, "status", "ISSUED");

        JsonNode page = api.get("/invoices?companyId=" + company + "&status=ISSUED&size=5").getBody();
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(issued);
        assertThat(api.get("/invoices?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("/invoices?status=NONSENSE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
