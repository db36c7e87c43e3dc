package io.salescrm.billing.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the invoice HTTP API as one employee: payers and deals published to billing's reference read models
 * through Kafka first, then invoices drafted, issued and paid. Each call returns the raw response.
 */
public final class InvoiceApi {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TestRestTemplate http;
    private final ReferenceMother references;
    private final PartyReferences parties;
    private final DealReferences deals;

    public InvoiceApi(TestRestTemplate anonymous, String employeeId, ReferenceMother references, PartyReferences parties,
                      DealReferences deals) {
        this.http = TestTokens.as(anonymous, TestTokens.bearer(employeeId));
        this.references = references;
        this.parties = parties;
        this.deals = deals;
    }

    public InvoiceApi as(String employeeId, TestRestTemplate anonymous) {
        return new InvoiceApi(anonymous, employeeId, references, parties, deals);
    }

    /** A company with requisites, once billing has received it. */
    public String payer(String legalName, String responsibleId) {
        String company = references.company(legalName, responsibleId);
        await().atMost(PATIENCE).until(() -> parties.company(company).isPresent());
        return company;
    }

    /** A deal of the company with two product rows (2 x 600.00 at 20% VAT, 1 x 1000.00 less 10% without VAT: 2100.00). */
    public String dealWithRows(String companyId, String responsibleId) {
        String id = ReferenceMother.newId("deal");
        List<ProductRow> rows = List.of(
                new ProductRow("row-1", "product-1", null, "Кресло", "SKU-1", new BigDecimal("600.00"), new BigDecimal("2"),
                        null, null, new BigDecimal("20"), new BigDecimal("1200.00")),
                new ProductRow("row-2", null, null, "Монтаж", null, new BigDecimal("1000.00"), BigDecimal.ONE,
                        DiscountType.PERCENT, new BigDecimal("10"), null, new BigDecimal("900.00")));
        references.publish(PipelineTopic.NAME, "Deal", id, new DealCreatedEvent(id, "Офис", new BigDecimal("2100.00"),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal("2100.00"), Instant.now(), responsibleId, false,
                DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, rows, companyId,
                List.of(), null, null, null, null, null, null));
        await().atMost(PATIENCE).until(() -> deals.deal(id).isPresent());
        return id;
    }

    public ResponseEntity<JsonNode> draft(Map<String, Object> body) {
        return http.postForEntity("/invoices", body, JsonNode.class);
    }

    /** A drafted invoice of 1200.00 RUB for the company; its id. */
    public String draft(String companyId) {
        ResponseEntity<JsonNode> created = draft(InvoiceMother.requestBody(companyId, "RUB",
                List.of(InvoiceMother.lineBody("Консультация", "2", "600.00", "20"))));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    public ResponseEntity<JsonNode> fromDeal(String dealId) {
        return http.postForEntity("/invoices/from-deal", Map.of("dealId", dealId), JsonNode.class);
    }

    public ResponseEntity<JsonNode> issue(String invoiceId) {
        return http.postForEntity("/invoices/" + invoiceId + "/issue", null, JsonNode.class);
    }

    /** A drafted and issued invoice of 1200.00 RUB; its id. */
    public String issued(String companyId) {
        String id = draft(companyId);
        assertThat(issue(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    /** An issued invoice of 1200.00 RUB for which {@code responsibleId} answers, due {@code termDays} after today. */
    public String issued(String companyId, String responsibleId, int termDays) {
        Map<String, Object> body = InvoiceMother.requestBody(companyId, "RUB",
                List.of(InvoiceMother.lineBody("Консультация", "2", "600.00", "20")));
        body.put("responsibleId", responsibleId);
        body.put("paymentTermDays", termDays);
        ResponseEntity<JsonNode> created = draft(body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(issue(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    /** POST /bank-statements with {@code csv} as the file part. */
    public ResponseEntity<JsonNode> importStatement(String csv) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "statement.csv";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/bank-statements", new HttpEntity<>(parts, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> pay(String invoiceId, String amount) {
        return http.postForEntity("/invoices/" + invoiceId + "/payments", Map.of("amount", amount,
                "paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER", "reference", "п/п 17"), JsonNode.class);
    }

    public ResponseEntity<JsonNode> refund(String invoiceId, String paymentId, String amount) {
        return http.postForEntity("/invoices/" + invoiceId + "/refunds", Map.of("paymentId", paymentId, "amount", amount,
                "refundedOn", LocalDate.now().toString()), JsonNode.class);
    }

    public ResponseEntity<JsonNode> cancel(String invoiceId) {
        return http.postForEntity("/invoices/" + invoiceId + "/cancel", Map.of("reason", "ошибка"), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    /** The invoice as the read model shows it once {@code field} has {@code value}. */
    public JsonNode awaitInvoice(String invoiceId, String field, String value) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            ResponseEntity<JsonNode> view = get("/invoices/" + invoiceId);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody().path(field).asText()).isEqualTo(value);
            seen[0] = view.getBody();
        });
        return seen[0];
    }
}
