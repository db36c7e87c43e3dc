package io.salescrm.billing.invoice.overdue;

import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.invoice.InvoiceApi;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The service marks invoices overdue by itself: once, only past the due date, only with a balance. */
@ServiceIntegrationTest
class OverdueInvoiceJobTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;
    @Autowired
    OverdueInvoiceJob job;
    @Autowired
    EventStore eventStore;

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
    void anInvoiceWithABalanceBecomesOverdueOnceTheDayAfterItsDueDate() {
        String company = api.payer("ООО «Должник»", team.headOfSales());
        String partlyPaid = api.issued(company);
        api.pay(partlyPaid, "200.00");
        String paid = api.issued(company);
        api.pay(paid, "1200.00");
        api.awaitInvoice(partlyPaid, "status", "PARTIALLY_PAID");
        api.awaitInvoice(paid, "status", "PAID");
        LocalDate dueDate = LocalDate.now(ZoneOffset.UTC).plusDays(14);

        job.markOverdue(dueDate);
        assertThat(overdueEvents(partlyPaid)).isZero();

        job.markOverdue(dueDate.plusDays(1));
        job.markOverdue(dueDate.plusDays(2));

        assertThat(overdueEvents(partlyPaid)).isEqualTo(1);
        assertThat(overdueEvents(paid)).isZero();
        var overdue = api.awaitInvoice(partlyPaid, "status", "OVERDUE");
        assertThat(overdue.get("balance").asText()).isEqualTo("1000.00");
        assertThat(overdue.get("overdue").asBoolean()).isTrue();

        api.pay(partlyPaid, "1000.00");
        api.awaitInvoice(partlyPaid, "status", "PAID");
    }

    private long overdueEvents(String invoiceId) {
        return eventStore.readEvents(invoiceId).asStream().filter(e -> e.getPayload() instanceof InvoiceOverdueEvent).count();
    }
}
