package io.salescrm.billing.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.invoice.InvoiceApi;
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
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bank statements matched to invoices by number and amount through POST /bank-statements. */
@ServiceIntegrationTest
class BankStatementImportTest {

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
    void matchedLinesArePaymentsTheOthersAreListedWithTheReasonAndReimportingRegistersNothingTwice() {
        String company = api.payer("ООО «Плательщик»", team.headOfSales());
        String full = api.issued(company);
        String partial = api.issued(company);
        String fullNumber = api.awaitInvoice(full, "status", "ISSUED").get("number").asText();
        String partialNumber = api.awaitInvoice(partial, "status", "ISSUED").get("number").asText();
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String csv = String.join("\n",
                "date;amount;payer;purpose;reference",
                today + ";1200,00;ООО Плательщик;Оплата по счёту № " + fullNumber + " в т.ч. НДС 200-00;пп 101",
                today + ";500,00;ООО Плательщик;Частичная оплата счета " + partialNumber + ";пп 102",
                today + ";800,00;ООО Плательщик;Доплата по счету " + partialNumber + ";пп 103",
                today + ";300,00;ИП Иванов;Оплата за товар;пп 104",
                today + ";300,00;ИП Иванов;Оплата счета 2099-999999;пп 105",
                today + ";-50,00;ООО Плательщик;Возврат по счету " + fullNumber + ";пп 106",
                "вчера;100,00;ООО Плательщик;Счет " + fullNumber + ";пп 107");

        ResponseEntity<JsonNode> first = api.importStatement(csv);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = first.getBody();
        assertThat(report.get("lines").asInt()).isEqualTo(7);
        assertThat(report.get("registered").asInt()).isEqualTo(2);
        assertThat(report.get("unmatched").asInt()).isEqualTo(4);
        assertThat(report.get("invalid").asInt()).isEqualTo(1);
        assertThat(reasons(report)).containsExactly(
                "4: The payment of 800.00 RUB exceeds the outstanding balance of 700.00 RUB of invoice " + partialNumber + ".",
                "5: no invoice number in the purpose or reference",
                "6: no invoice with number 2099-999999",
                "7: not an incoming payment (amount -50.00)",
                "8: column 'date' is not a date (2026-03-01 or 01.03.2026): вчера");
        api.awaitInvoice(full, "status", "PAID");
        assertThat(api.awaitInvoice(partial, "status", "PARTIALLY_PAID").get("balance").asText()).isEqualTo("700.00");

        JsonNode again = api.importStatement(csv).getBody();
        assertThat(again.get("registered").asInt()).isZero();
        assertThat(again.get("alreadyRegistered").asInt()).isEqualTo(2);
        assertThat(api.awaitInvoice(partial, "status", "PARTIALLY_PAID").get("balance").asText()).isEqualTo("700.00");
    }

    @Test
    void aStatementWithoutTheRequiredColumnsIsA400() {
        ResponseEntity<JsonNode> response = api.importStatement("date,amount,payer\n2026-03-01,1.00,X");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).contains("file");
    }

    private static List<String> reasons(JsonNode report) {
        List<String> reasons = new ArrayList<>();
        report.get("notRegistered").forEach(line -> reasons.add(line.get("row").asInt() + ": " + line.get("reason").asText()));
        return reasons;
    }
}
