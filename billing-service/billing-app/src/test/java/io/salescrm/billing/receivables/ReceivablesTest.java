package io.salescrm.billing.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.invoice.InvoiceApi;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Receivables per responsible, group and client under access rights (a fresh sales team, so the figures are the
 * test's own), and the overdue age buckets.
 */
@ServiceIntegrationTest
class ReceivablesTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;
    @Autowired
    ReceivablesQuery query;
    @Autowired
    AccessPolicy access;

    ReferenceMother references;
    SalesTeam team;
    InvoiceApi head;

    @BeforeEach
    void signIn() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/invoices", team.headOfSales(), team.managerA1(), team.groupHeadB());
        references = new ReferenceMother();
        head = new InvoiceApi(anonymous, team.headOfSales(), references, parties, deals);
    }

    @AfterEach
    void close() {
        references.close();
    }

    @Test
    void eachSeesTheMoneyOfTheInvoicesHeMayReadPerResponsibleGroupAndClientWithOverdueByAge() {
        String client = head.payer("ООО «Клиент»", team.headOfSales());
        String a1Due14 = head.issued(client, team.managerA1(), 14);
        String a1Due30 = head.issued(client, team.managerA1(), 30);
        String b1 = head.issued(client, team.managerB1(), 14);
        head.pay(a1Due14, "200.00");
        head.pay(b1, "1200.00");
        head.awaitInvoice(a1Due14, "status", "PARTIALLY_PAID");
        head.awaitInvoice(a1Due30, "status", "ISSUED");
        head.awaitInvoice(b1, "status", "PAID");

        Map<String, JsonNode> byResponsible = rows(head, "RESPONSIBLE");
        JsonNode a1 = byResponsible.get(team.managerA1());
        assertThat(a1.get("invoices").asInt()).isEqualTo(2);
        assertThat(a1.get("issued").asText()).isEqualTo("2400.00");
        assertThat(a1.get("paid").asText()).isEqualTo("200.00");
        assertThat(a1.get("outstanding").asText()).isEqualTo("2200.00");
        assertThat(a1.get("overdueTotal").asText()).isEqualTo("0.00");
        assertThat(byResponsible.get(team.managerB1()).get("outstanding").asText()).isEqualTo("0.00");

        assertThat(rows(head.as(team.managerA1(), anonymous), "RESPONSIBLE").keySet()).containsExactly(team.managerA1());
        assertThat(rows(head.as(team.groupHeadB(), anonymous), "RESPONSIBLE").keySet()).containsExactly(team.managerB1());
        assertThat(head.as(team.analyst(), anonymous).get("/receivables").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, JsonNode> byGroup = rows(head, "GROUP");
        assertThat(byGroup.get(team.groupA()).get("outstanding").asText()).isEqualTo("2200.00");
        assertThat(byGroup.get(team.groupA()).get("name").asText()).isEqualTo("Group A");
        assertThat(byGroup.get(team.groupB()).get("paid").asText()).isEqualTo("1200.00");

        JsonNode byClient = rows(head, "CLIENT").get(client);
        assertThat(byClient.get("invoices").asInt()).isEqualTo(3);
        assertThat(byClient.get("outstanding").asText()).isEqualTo("2200.00");
        assertThat(byClient.get("name").asText()).isEqualTo("ООО «Клиент»");

        // 45 days on: the invoice due in 14 days is 31 days late, the one due in 30 days 15 days late
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(45);
        ReceivablesRow lateA1 = query.byResponsible(access.scopeFor(team.headOfSales(), EntityType.INVOICE, Action.READ), later)
                .stream().filter(row -> row.key().equals(team.managerA1())).findFirst().orElseThrow();
        assertThat(lateA1.overdue1To30()).isEqualByComparingTo("1200.00");
        assertThat(lateA1.overdue31To60()).isEqualByComparingTo("1000.00");
        assertThat(lateA1.overdue61To90()).isEqualByComparingTo("0");
        assertThat(lateA1.overdueOver90()).isEqualByComparingTo("0");
        assertThat(lateA1.overdueTotal()).isEqualByComparingTo("2200.00");
    }

    private static Map<String, JsonNode> rows(InvoiceApi api, String groupBy) {
        Map<String, JsonNode> rows = new HashMap<>();
        await().atMost(InvoiceApi.PATIENCE).untilAsserted(() -> {
            var response = api.get("/receivables?groupBy=" + groupBy + "&size=100");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            rows.clear();
            response.getBody().get("items").forEach(row -> rows.put(row.get("key").asText(), row));
        });
        return rows;
    }

}
