package io.salescrm.billing.invoice.web;

import io.salescrm.billing.invoice.InvoiceApi;
import io.salescrm.billing.invoice.InvoiceMother;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invoice rights of the built-in roles: a Manager reads and changes his own, a group head his group's. */
@ServiceIntegrationTest
class InvoiceAccessApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;

    ReferenceMother references;
    SalesTeam team;
    InvoiceApi head;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/invoices", team.headOfSales(), team.managerA1(), team.managerB1(), team.groupHeadA());
        references = new ReferenceMother();
        head = new InvoiceApi(anonymous, team.headOfSales(), references, parties, deals);
    }

    @AfterEach
    void close() {
        references.close();
    }

    @Test
    void aManagerWorksOnHisOwnInvoicesOnlyAndAGroupHeadOnHisGroups() {
        String company = head.payer("ООО «Права»", team.headOfSales());
        String ofA1 = head.issued(company, team.managerA1(), 14);
        head.awaitInvoice(ofA1, "status", "ISSUED");
        InvoiceApi a1 = head.as(team.managerA1(), anonymous);
        InvoiceApi b1 = head.as(team.managerB1(), anonymous);
        InvoiceApi groupHeadA = head.as(team.groupHeadA(), anonymous);

        assertThat(a1.get("/invoices/" + ofA1).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(b1.get("/invoices/" + ofA1).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(groupHeadA.get("/invoices/" + ofA1).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(b1.pay(ofA1, "100.00").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(b1.cancel(ofA1).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(a1.pay(ofA1, "100.00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(groupHeadA.pay(ofA1, "100.00").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(b1.get("/invoices?size=100").getBody().get("items").findValuesAsText("id")).doesNotContain(ofA1);
        assertThat(b1.get("/invoices/" + ofA1 + "/ledger").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(head.as(team.analyst(), anonymous).get("/invoices").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> forSomeoneElse = InvoiceMother.requestBody(company, "RUB",
                List.of(InvoiceMother.lineBody("Консультация", "1", "100.00", "20")));
        forSomeoneElse.put("responsibleId", team.managerA2());
        assertThat(a1.draft(forSomeoneElse).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
