package io.salescrm.billing.invoice.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.invoice.InvoiceApi;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Invoices from a deal's product rows, and invoices as PDF and HTML documents. */
@ServiceIntegrationTest
class InvoiceDocumentApiTest {

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
    void anInvoiceFromADealTakesItsProductRowsPayerAndResponsible() {
        String company = api.payer("ООО «Лютик»", team.headOfSales());
        String deal = api.dealWithRows(company, team.managerA1());

        ResponseEntity<JsonNode> created = api.fromDeal(deal);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode invoice = api.awaitInvoice(created.getBody().get("id").asText(), "status", "DRAFT");
        assertThat(invoice.get("source").asText()).isEqualTo("DEAL");
        assertThat(invoice.get("dealId").asText()).isEqualTo(deal);
        assertThat(invoice.get("companyId").asText()).isEqualTo(company);
        assertThat(invoice.get("responsibleId").asText()).isEqualTo(team.managerA1());
        assertThat(invoice.get("lines")).hasSize(2);
        assertThat(invoice.get("total").asText()).isEqualTo("2100.00");
        assertThat(invoice.get("vatTotal").asText()).isEqualTo("200.00");
        assertThat(invoice.get("vatLines")).hasSize(2);
        assertThat(api.get("/invoices?dealId=" + deal).getBody().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void theIssuedInvoiceIsAPdfWithThePayerInCyrillicAndTheTotals() throws Exception {
        String id = api.issued(api.payer("ООО «Ёлочка»", team.headOfSales()));
        String number = api.awaitInvoice(id, "status", "ISSUED").get("number").asText();

        ResponseEntity<byte[]> pdf = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()))
                .getForEntity("/invoices/" + id + "/pdf", byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Счёт на оплату № " + number).contains("ООО «Ёлочка»").contains("1 200,00").contains("200,00");
        }
        ResponseEntity<String> html = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()))
                .getForEntity("/invoices/" + id + "/preview", String.class);
        assertThat(html.getBody()).contains(number).contains("ООО «Ёлочка»");
        assertThat(TestTokens.as(anonymous, TestTokens.bearer(team.analyst())).getForEntity("/invoices/" + id + "/pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
