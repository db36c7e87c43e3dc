package io.salescrm.pipeline.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Billing's events on the billing topic become "touches" on the deal's timeline: the offer sent, the invoice issued,
 * each payment and the invoice paid; every event delivered twice still shows once, and the timeline stays under the
 * deal's read rights.
 */
@ServiceIntegrationTest
class BillingTimelineApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final PartyRequisites PAYER = new PartyRequisites("ООО «Ромашка»", "7707083893", null, "Москва",
            null, null, null, null);

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void offersInvoicesAndPaymentsOfADealAppearOnceOnItsTimeline() {
        SalesTeam team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals", team.managerA1(), team.managerA2());
        TestRestTemplate a1 = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1()));
        String dealId = a1.postForEntity("/deals", Map.of("title", "Chairs", "amount", "1200.00", "currency", "RUB"),
                JsonNode.class).getBody().get("id").asText();
        String quoteId = UUID.randomUUID().toString();
        String invoiceId = UUID.randomUUID().toString();
        Instant start = Instant.now();

        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            List<ProducerRecord<String, byte[]>> records = List.of(
                    kafka.record(BillingTopic.NAME, "Quote", quoteId, 2, new QuoteSentEvent(quoteId, 1, dealId, null, null,
                            team.managerA1(), null, QuoteDelivery.OUTBOX, "doc-1", new BigDecimal("1200.00"), "RUB", start)),
                    kafka.record(BillingTopic.NAME, "Invoice", invoiceId, 0, created(invoiceId, dealId, team.managerA1(), start)),
                    kafka.record(BillingTopic.NAME, "Invoice", invoiceId, 1, new InvoiceIssuedEvent(invoiceId, "2026-000007",
                            LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 8), PAYER, PAYER, dealId, null, null,
                            team.managerA1(), "RUB", new BigDecimal("1200.00"), "RUB", BigDecimal.ONE,
                            new BigDecimal("1200.00"), start.plusSeconds(1))),
                    kafka.record(BillingTopic.NAME, "Invoice", invoiceId, 2, payment(invoiceId, "p-1", "500.00", "700.00", start.plusSeconds(2))),
                    kafka.record(BillingTopic.NAME, "Invoice", invoiceId, 3, payment(invoiceId, "p-2", "700.00", "0.00", start.plusSeconds(3))),
                    kafka.record(BillingTopic.NAME, "Invoice", invoiceId, 4, new InvoicePaidEvent(invoiceId, "2026-000007", dealId,
                            null, team.managerA1(), "RUB", new BigDecimal("1200.00"), "RUB", BigDecimal.ONE,
                            new BigDecimal("1200.00"), start.plusSeconds(3))));
            records.forEach(kafka::send);
            records.forEach(kafka::send);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(billingSummaries(a1, dealId)).hasSize(5));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(billingSummaries(a1, dealId)).containsExactlyInAnyOrder(
                        "Invoice 2026-000007 paid in full: 1200.00 RUB",
                        "Payment received for invoice 2026-000007: 700.00 RUB, balance 0.00 RUB",
                        "Payment received for invoice 2026-000007: 500.00 RUB, balance 700.00 RUB",
                        "Invoice 2026-000007 issued: 1200.00 RUB, due 2026-12-08",
                        "Offer sent (version 1): 1200.00 RUB to the outbox"));
        assertThat(TestTokens.as(anonymous, TestTokens.bearer(team.managerA2()))
                .getForEntity("/deals/" + dealId + "/timeline", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> billingSummaries(TestRestTemplate http, String dealId) {
        JsonNode items = http.getForObject("/deals/" + dealId + "/timeline?size=50", JsonNode.class).get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path("source").asText().equals("billing"))
                .peek(item -> assertThat(item.path("category").asText()).isEqualTo("BILLING"))
                .map(item -> item.path("summary").asText())
                .toList();
    }

    private static InvoiceCreatedEvent created(String invoiceId, String dealId, String responsibleId, Instant at) {
        return new InvoiceCreatedEvent(invoiceId, InvoiceSource.DEAL, null, dealId, null, null, responsibleId, false,
                "RUB", "RUB", BigDecimal.ONE, true, List.of(), List.of(), new BigDecimal("1000.00"),
                new BigDecimal("200.00"), new BigDecimal("1200.00"), new BigDecimal("1200.00"), 10, null, at);
    }

    private static PaymentRegisteredEvent payment(String invoiceId, String paymentId, String amount, String balance, Instant at) {
        return new PaymentRegisteredEvent(invoiceId, paymentId, new BigDecimal(amount), "RUB", LocalDate.of(2026, 11, 28),
                PaymentMethod.BANK_TRANSFER, null, null, new BigDecimal("1200.00").subtract(new BigDecimal(balance)),
                new BigDecimal(balance), at);
    }
}
