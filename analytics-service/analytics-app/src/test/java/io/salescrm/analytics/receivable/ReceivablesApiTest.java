package io.salescrm.analytics.receivable;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Receivables from billing's events, every event delivered twice and an old payment redelivered after a refund:
 * invoiced, paid, outstanding and overdue per manager and group at issue time (and the group's department) and month
 * of the issue date, in the base currency at the invoice's rate; drafts and cancelled invoices count nowhere; access
 * rights filter the rows.
 */
@ServiceIntegrationTest
class ReceivablesApiTest {

    private static final String REPORT = "/reports/receivables?granularity=MONTH&from=2026-03-01&to=2026-05-01&by=";

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales(), team.groupHeadA(), team.managerA1());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void invoicesCountByIssueDateAtTheirRateOncePerEvent() {
        InvoiceHistory partlyPaidOverdue = new InvoiceHistory(team.managerA1(), "RUB", "1000.00", "1", "1000.00", "2026-03-10");
        partlyPaidOverdue.issued().paid("400.00", "600.00").overdue("600.00");
        InvoiceHistory refunded = new InvoiceHistory(team.managerA2(), "USD", "100.00", "90.5", "9050.00", "2026-03-20");
        refunded.issued().paid("100.00", "0.00").paidInFull().refunded("30.00", "30.00");
        InvoiceHistory cancelled = new InvoiceHistory(team.managerB1(), "RUB", "500.00", "1", "500.00", "2026-03-05");
        cancelled.issued().cancelled();
        InvoiceHistory groupB = new InvoiceHistory(team.managerB1(), "RUB", "70.00", "1", "70.00", "2026-03-15");
        groupB.issued();
        InvoiceHistory april = new InvoiceHistory(team.managerA3(), "RUB", "200.00", "1", "200.00", "2026-04-02");
        april.issued();
        InvoiceHistory draft = new InvoiceHistory(team.managerA1(), "RUB", "999.00", "1", "999.00", "2026-03-11");

        for (InvoiceHistory invoice : List.of(partlyPaidOverdue, refunded, cancelled, groupB, april, draft)) {
            invoice.deliverTwice();
        }
        kafka.send(refunded.records.get(2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(team.headOfSales(), "MANAGER"))
                .containsExactly(
                        team.managerA1() + " 2026-03 1 1000.00 400.00 600.00 600.00",
                        team.managerA2() + " 2026-03 1 9050.00 6335.00 2715.00 0.00",
                        team.managerB1() + " 2026-03 1 70.00 0.00 70.00 0.00",
                        team.managerA3() + " 2026-04 1 200.00 0.00 200.00 0.00"));
        assertThat(rows(team.headOfSales(), "GROUP")).containsExactly(
                team.groupA() + " 2026-03 2 10050.00 6735.00 3315.00 600.00",
                team.groupB() + " 2026-03 1 70.00 0.00 70.00 0.00",
                team.subGroupA1() + " 2026-04 1 200.00 0.00 200.00 0.00");
        assertThat(rows(team.headOfSales(), "DEPARTMENT")).containsExactly(
                team.salesDepartment() + " 2026-03 3 10120.00 6735.00 3385.00 600.00",
                team.salesDepartment() + " 2026-04 1 200.00 0.00 200.00 0.00");
        assertThat(rows(team.groupHeadA(), "DEPARTMENT")).containsExactly(
                team.salesDepartment() + " 2026-03 2 10050.00 6735.00 3315.00 600.00",
                team.salesDepartment() + " 2026-04 1 200.00 0.00 200.00 0.00");
        assertThat(rows(team.managerA1(), "MANAGER")).containsExactly(
                team.managerA1() + " 2026-03 1 1000.00 400.00 600.00 600.00");
        assertThat(rows(team.groupHeadA(), "MANAGER")).noneMatch(row -> row.startsWith(team.managerB1()));

        ResponseEntity<String> csv = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1())).getForEntity(
                "/exports/receivables?by=MANAGER&from=2026-03-01&to=2026-05-01&format=CSV", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody()).isEqualTo("key,period,invoices,invoiced,paid,outstanding,overdue\r\n"
                + team.managerA1() + ",2026-03,1,1000.00,400.00,600.00,600.00\r\n");
        ResponseEntity<String> byDepartment = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1())).getForEntity(
                "/exports/receivables?by=DEPARTMENT&from=2026-03-01&to=2026-05-01&format=CSV", String.class);
        assertThat(byDepartment.getBody()).isEqualTo("key,period,invoices,invoiced,paid,outstanding,overdue\r\n"
                + team.salesDepartment() + ",2026-03,1,1000.00,400.00,600.00,600.00\r\n");
    }

    @Test
    void receivablesByPipelineAreA400Problem() {
        var response = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()))
                .getForEntity(REPORT + "PIPELINE", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** The rows of this test's team as "key period invoices invoiced paid outstanding overdue". */
    private List<String> rows(String employee, String by) {
        Set<String> ours = Set.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1(), team.groupA(),
                team.subGroupA1(), team.groupB(), team.salesDepartment());
        JsonNode report = TestTokens.as(anonymous, TestTokens.bearer(employee)).getForObject(REPORT + by + "&size=1000", JsonNode.class);
        assertThat(report.get("currency").asText()).isEqualTo("RUB");
        List<String> rows = new ArrayList<>();
        report.get("rows").forEach(row -> {
            if (ours.contains(row.get("key").asText())) {
                rows.add(String.join(" ", row.get("key").asText(), row.get("period").asText(), row.get("invoices").asText(),
                        row.get("invoiced").asText(), row.get("paid").asText(), row.get("outstanding").asText(),
                        row.get("overdue").asText()));
            }
        });
        return rows;
    }

    /** The billing events of one invoice, in order, as Kafka records of its aggregate. */
    private final class InvoiceHistory {
        private final String invoiceId = "invoice-" + UUID.randomUUID();
        private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        private final String responsibleId;
        private final String currency;
        private final BigDecimal total;
        private final BigDecimal rate;
        private final BigDecimal totalInBase;
        private final LocalDate issueDate;
        private final Instant at;

        InvoiceHistory(String responsibleId, String currency, String total, String rate, String totalInBase, String issueDate) {
            this.responsibleId = responsibleId;
            this.currency = currency;
            this.total = new BigDecimal(total);
            this.rate = new BigDecimal(rate);
            this.totalInBase = new BigDecimal(totalInBase);
            this.issueDate = LocalDate.parse(issueDate);
            this.at = this.issueDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(36_000);
            add(new InvoiceCreatedEvent(invoiceId, InvoiceSource.MANUAL, null, null, null, null, responsibleId, false,
                    currency, "RUB", this.rate, false, List.of(), List.of(), this.total, BigDecimal.ZERO, this.total,
                    this.totalInBase, 10, null, at.minusSeconds(3600)));
        }

        InvoiceHistory issued() {
            return add(new InvoiceIssuedEvent(invoiceId, "2026-" + records.size(), issueDate, issueDate.plusDays(10), null,
                    null, null, null, null, responsibleId, currency, total, "RUB", rate, totalInBase, at));
        }

        InvoiceHistory paid(String amount, String balance) {
            return add(new PaymentRegisteredEvent(invoiceId, "payment-" + UUID.randomUUID(), new BigDecimal(amount), currency,
                    issueDate.plusDays(1), PaymentMethod.BANK_TRANSFER, null, null, total.subtract(new BigDecimal(balance)),
                    new BigDecimal(balance), at.plusSeconds(86_400)));
        }

        InvoiceHistory paidInFull() {
            return add(new InvoicePaidEvent(invoiceId, "2026-1", null, null, responsibleId, currency, total, "RUB", rate,
                    totalInBase, at.plusSeconds(86_400)));
        }

        InvoiceHistory refunded(String amount, String balance) {
            return add(new PaymentRefundedEvent(invoiceId, "refund-" + UUID.randomUUID(), "payment", new BigDecimal(amount),
                    currency, issueDate.plusDays(2), null, total.subtract(new BigDecimal(balance)), new BigDecimal(balance),
                    at.plusSeconds(172_800)));
        }

        InvoiceHistory overdue(String balance) {
            return add(new InvoiceOverdueEvent(invoiceId, "2026-1", null, responsibleId, issueDate.plusDays(10),
                    new BigDecimal(balance), currency, at.plusSeconds(864_000)));
        }

        InvoiceHistory cancelled() {
            return add(new InvoiceCancelledEvent(invoiceId, "2026-1", null, "wrong payer", at.plusSeconds(60)));
        }

        void deliverTwice() {
            records.forEach(record -> {
                kafka.send(record);
                kafka.send(record);
            });
        }

        private InvoiceHistory add(Object event) {
            records.add(kafka.record(BillingTopic.NAME, "Invoice", invoiceId, records.size(), event));
            return this;
        }
    }
}
