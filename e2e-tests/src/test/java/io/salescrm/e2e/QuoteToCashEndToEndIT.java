package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Quote to cash through the gateway, as the administrator: a pipeline that wins deals when their invoice is paid, a
 * company with requisites, a deal of it with product rows, a quote from the deal sent and accepted with "create an
 * invoice"; billing drafts and issues the invoice by itself, two payments pay it, and pipeline moves the deal to the
 * pipeline's won stage.
 */
class QuoteToCashEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static CrmLauncher crm;
    private static GatewayClient admin;

    @BeforeAll
    static void startEverything() throws IOException {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home-quote-to-cash"));
        ThinSliceEndToEndIT.deleteRecursively(home);
        crm = new CrmLauncher(Path.of(System.getProperty("crm.repo", "..")).toAbsolutePath().normalize(), home);
        crm.run("start", 300);
        admin = GatewayClient.anonymous(crm.gatewayUrl()).signIn("admin", "admin");
    }

    @AfterAll
    static void stopEverything() {
        if (crm != null) {
            crm.run("stop", 180);
        }
    }

    @Test
    void anAcceptedQuoteBecomesAnIssuedInvoiceWhosePaymentWinsTheDeal() {
        String pipeline = created(admin.post("/api/pipeline/pipelines", Map.of(
                "name", "Quote to cash", "moveToWonOnInvoicePaid", true, "stages", List.of(
                        stage("new", "IN_PROGRESS", 10), stage("offer", "IN_PROGRESS", 50),
                        stage("won", "WON", 100), stage("lost", "LOST", 0)))));
        String company = created(admin.post("/api/pipeline/companies?force=true", Map.of(
                "name", "Ромашка", "legalName", "ООО «Ромашка»", "taxId", "7707083893", "kpp", "770701001",
                "bank", Map.of("bankName", "ПАО Сбербанк", "bic", "044525225",
                        "settlementAccount", "40702810938000000001", "correspondentAccount", "30101810400000000225"))));
        String deal = created(admin.post("/api/pipeline/deals", Map.of(
                "title", "Кресла для офиса", "currency", "RUB", "pipelineId", pipeline, "companyId", company,
                "productRows", List.of(Map.of("name", "Кресло", "price", "1200.00", "quantity", "2", "vatRate", "20")))));

        // billing learns the deal and the company from the pipeline topic
        String quote = await().atMost(PATIENCE).until(() -> {
            GatewayClient.Response response = admin.post("/api/billing/quotes", Map.of("dealId", deal));
            return response.status() == 201 ? response.body().get("id").asText() : null;
        }, id -> id != null);
        assertThat(admin.post("/api/billing/quotes/" + quote + "/send", Map.of("recipientEmail", "buyer@romashka.example"))
                .status()).isEqualTo(200);
        assertThat(admin.post("/api/billing/quotes/" + quote + "/accept", Map.of("createInvoice", true)).status())
                .isBetween(200, 204);

        JsonNode invoice = await().atMost(PATIENCE).until(() -> {
            JsonNode page = admin.get("/api/billing/invoices?dealId=" + deal + "&status=ISSUED").body();
            return page.path("items").size() == 1 ? page.get("items").get(0) : null;
        }, found -> found != null);
        assertThat(invoice.get("number").asText()).matches(LocalDate.now(ZoneOffset.UTC).getYear() + "-\\d{6}");
        assertThat(invoice.get("quoteId").asText()).isEqualTo(quote);
        assertThat(invoice.get("payer").get("taxId").asText()).isEqualTo("7707083893");
        String invoiceId = invoice.get("id").asText();
        String total = invoice.get("total").asText();

        GatewayClient.Response overpaid = admin.post("/api/billing/invoices/" + invoiceId + "/payments",
                payment(new BigDecimal(total).add(BigDecimal.ONE).toPlainString()));
        assertThat(overpaid.status()).isEqualTo(422);
        assertThat(overpaid.body().get("detail").asText()).contains("outstanding balance of " + total);
        assertThat(admin.post("/api/billing/invoices/" + invoiceId + "/payments", payment("1000.00")).status()).isEqualTo(201);
        String rest = new BigDecimal(total).subtract(new BigDecimal("1000.00")).toPlainString();
        assertThat(admin.post("/api/billing/invoices/" + invoiceId + "/payments", payment(rest)).status()).isEqualTo(201);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(admin.get("/api/billing/invoices/" + invoiceId).body().get("status").asText()).isEqualTo("PAID"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode won = admin.get("/api/pipeline/deals/" + deal).body();
            assertThat(won.get("status").asText()).isEqualTo("WON");
            assertThat(won.get("stageId").asText()).isEqualTo("won");
        });
    }

    private static Map<String, Object> stage(String id, String semantics, int probability) {
        return Map.of("stageId", id, "name", id, "semantics", semantics, "probability", probability, "colour", "#336699");
    }

    private static Map<String, Object> payment(String amount) {
        return Map.of("amount", amount, "paidOn", LocalDate.now(ZoneOffset.UTC).toString(), "method", "BANK_TRANSFER", "reference", "пп 1");
    }

    private static String created(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
