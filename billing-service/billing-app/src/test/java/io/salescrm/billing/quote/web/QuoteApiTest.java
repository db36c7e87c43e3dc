package io.salescrm.billing.quote.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.api.quote.QuoteExpiredEvent;
import io.salescrm.billing.quote.expiry.QuoteExpiryJob;
import io.salescrm.billing.reference.ReferenceMother;
import io.salescrm.billing.reference.catalog.CatalogReferences;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Quotes through the HTTP API, with billing's read models fed over the embedded Kafka as the other services would. */
@ServiceIntegrationTest
class QuoteApiTest {

    private static final String TEMPLATE = """
            Уважаемый(ая) {{client.contactName}}!

            Компания {{client.name}} получает специальное предложение: {{#products}}{{product.name}} по {{product.price}}; {{/products}}

            Предложение действует до {{offer.validUntil}}. С уважением, {{manager.name}}""";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;
    @Autowired
    CatalogReferences catalog;
    @Autowired
    QuoteExpiryJob expiry;
    @Autowired
    EventStore eventStore;

    private TestRestTemplate http;
    private ReferenceMother mother;
    private SalesTeam team;
    private String priceType;
    private String product;
    private String template;
    private String company;
    private String contact;

    @BeforeEach
    void setUp() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/quotes", team.managerA1());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1()));
        mother = new ReferenceMother();
        priceType = mother.priceType("Розница", false);
        product = mother.product("Кресло офисное", VatRate.VAT_20, null);
        mother.price(product, priceType, "RUB", "1000.00");
        Instant now = Instant.now();
        mother.promotion(DiscountKind.PERCENT, "15", null, new PromotionTarget(PromotionTargetType.PRODUCT, product), 1,
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));
        template = mother.offerTemplate(TEMPLATE);
        company = mother.company("ООО Ромашка", team.managerA1());
        contact = mother.contact("Иван", "Петров", "ivan@romashka.example", company, team.managerA1());
        eventually().until(() -> catalog.template(template).isPresent() && parties.contact(contact).isPresent()
                && catalog.price(product, null, priceType, "RUB", Instant.now()).map(p -> p.promotionId() != null).orElse(false));
    }

    @AfterEach
    void tearDown() {
        mother.close();
    }

    @Test
    void aQuoteFromADealPricesItsRowsAtCatalogPricesWithPromotionsAndFillsTheTemplate() {
        String deal = dealWithTwoChairs();

        ResponseEntity<JsonNode> created = http.postForEntity("/quotes", Map.of("dealId", deal, "priceTypeId", priceType,
                "texts", Map.of("templateId", template)), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("unfilledPlaceholders")).isEmpty();
        JsonNode quote = awaitQuote(created.getBody().get("id").asText(), "DRAFT", 1);
        JsonNode line = quote.at("/content/lines/0");
        assertThat(line.get("listPrice").asText()).isEqualTo("1000.00");
        assertThat(line.get("unitPrice").asText()).isEqualTo("850.00");
        assertThat(line.get("netAmount").asText()).isEqualTo("1700.00");
        assertThat(line.get("vatAmount").asText()).isEqualTo("340.00");
        assertThat(quote.at("/content/totals/gross").asText()).isEqualTo("2040.00");
        assertThat(quote.get("responsibleId").asText()).isEqualTo(team.managerA1());
        assertThat(quote.get("companyId").asText()).isEqualTo(company);
        assertThat(quote.at("/content/greeting").asText()).isEqualTo("Уважаемый(ая) Иван!");
        assertThat(quote.at("/content/intro").asText()).contains("ООО Ромашка", "Кресло офисное по 850.00");
        assertThat(quote.at("/content/closing").asText()).contains("Manager A1");
        assertThat(quote.at("/content/signature/name").asText()).isEqualTo("Manager A1");
    }

    @Test
    void sendingPutsThePdfIntoTheOutboxWhereItDownloadsWithTheClientsNameAndTotals() throws IOException {
        String id = createdFromDeal();

        ResponseEntity<JsonNode> sent = http.postForEntity("/quotes/" + id + "/send", null, JsonNode.class);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody().get("delivery").asText()).isEqualTo("OUTBOX");
        assertThat(sent.getBody().get("recipientEmail").asText()).isEqualTo("ivan@romashka.example");
        String documentId = sent.getBody().get("documentId").asText();
        awaitQuote(id, "SENT", 1);
        eventually().untilAsserted(() -> {
            JsonNode outbox = http.getForObject("/outbox?size=100", JsonNode.class);
            assertThat(outbox.get("items").findValuesAsText("id")).contains(documentId);
        });

        ResponseEntity<byte[]> pdf = http.getForEntity("/outbox/" + documentId + "/pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ООО Ромашка", "Кресло офисное", "Всего к оплате (RUB): 2 040,00", "НДС 20%: 340,00");
        }
        assertThat(http.getForEntity("/quotes/" + id + "/pdf", byte[].class).getBody()).isEqualTo(pdf.getBody());
        ResponseEntity<String> preview = http.getForEntity("/quotes/" + id + "/preview", String.class);
        assertThat(preview.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(preview.getBody()).contains("ООО Ромашка", "2 040,00");
    }

    @Test
    void unfilledPlaceholdersAreReportedAndRefuseSendingUntilARevisionFillsThem() {
        ResponseEntity<JsonNode> created = http.postForEntity("/quotes", Map.of("companyId", company, "currency", "RUB",
                "priceTypeId", priceType, "texts", Map.of("templateId", template), "lines", List.of(Map.of("productId", product, "quantity", "1"))),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("unfilledPlaceholders").get(0).asText()).isEqualTo("client.contactName");
        String id = created.getBody().get("id").asText();
        awaitQuote(id, "DRAFT", 1);

        ResponseEntity<JsonNode> refused = http.postForEntity("/quotes/" + id + "/send", null, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("quote-unfilled-placeholders");

        ResponseEntity<JsonNode> revised = http.postForEntity("/quotes/" + id + "/revisions", Map.of("baseVersion", 1,
                "texts", Map.of("templateId", template, "greeting", "Добрый день!")), JsonNode.class);
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("unfilledPlaceholders")).isEmpty();
        awaitQuote(id, "DRAFT", 2);
        assertThat(http.postForEntity("/quotes/" + id + "/send", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void revisionsKeepEarlierVersionsAndOnlyTheLatestIsSentOrAccepted() {
        String id = createdFromDeal();

        ResponseEntity<JsonNode> revised = http.postForEntity("/quotes/" + id + "/revisions", Map.of("baseVersion", 1,
                "lines", List.of(Map.of("productId", product, "quantity", "3", "discountPercent", "10"))), JsonNode.class);
        assertThat(revised.getBody().get("version").asInt()).isEqualTo(2);
        JsonNode latest = awaitQuote(id, "DRAFT", 2);
        assertThat(latest.at("/content/lines/0/quantity").asText()).isEqualTo("3");
        // 3 x 850.00 = 2550.00, 10 % off -> 2295.00, VAT 459.00
        assertThat(latest.at("/content/totals/discount").asText()).isEqualTo("255.00");
        assertThat(latest.at("/content/totals/gross").asText()).isEqualTo("2754.00");

        JsonNode first = http.getForObject("/quotes/" + id + "/versions/1", JsonNode.class);
        assertThat(first.at("/content/lines/0/quantity").asText()).isEqualTo("2");
        assertThat(http.getForEntity("/quotes/" + id + "/versions/3", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> stale = http.postForEntity("/quotes/" + id + "/revisions", Map.of("baseVersion", 1), JsonNode.class);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.postForEntity("/quotes/" + id + "/send", Map.of("version", 1), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> notSent = http.postForEntity("/quotes/" + id + "/accept", Map.of("createInvoice", true), JsonNode.class);
        assertThat(notSent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notSent.getBody().get("rule").asText()).isEqualTo("quote-not-sent");

        assertThat(http.postForEntity("/quotes/" + id + "/send", Map.of("version", 2), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitQuote(id, "SENT", 2);
        assertThat(http.postForEntity("/quotes/" + id + "/accept", Map.of("version", 2, "createInvoice", true), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode accepted = awaitQuote(id, "ACCEPTED", 2);
        assertThat(accepted.get("createInvoice").asBoolean()).isTrue();
        assertThat(http.postForEntity("/quotes/" + id + "/decline", Map.of(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void quotesPastTheirValidityDateExpireOnceWhateverTheNumberOfRunsAndInstances() throws Exception {
        String id = createdFromDeal();
        LocalDate afterValidity = LocalDate.now(ZoneOffset.UTC).plusDays(15);

        // two instances' jobs at the same moment, then later runs
        var pool = Executors.newFixedThreadPool(2);
        var runs = List.of(pool.submit(() -> expiry.expireDue(afterValidity)), pool.submit(() -> expiry.expireDue(afterValidity)));
        for (var run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        awaitQuote(id, "EXPIRED", 1);
        expiry.expireDue(afterValidity);
        expiry.expireDue(afterValidity.plusDays(1));

        long expiredEvents = eventStore.readEvents(id).asStream()
                .filter(e -> e.getPayload() instanceof QuoteExpiredEvent).count();
        assertThat(expiredEvents).isEqualTo(1);

        JsonNode quote = http.getForObject("/quotes/" + id, JsonNode.class);
        assertThat(quote.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(http.postForEntity("/quotes/" + id + "/send", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void listsAreFilteredByTheCallersRightsAndOtherPeoplesQuotesAreForbidden() {
        String id = createdFromDeal();
        awaitQuote(id, "DRAFT", 1);

        JsonNode mine = http.getForObject("/quotes?companyId=" + company + "&status=DRAFT", JsonNode.class);
        assertThat(mine.get("items").findValuesAsText("id")).contains(id);
        TestRestTemplate other = TestTokens.as(anonymous, TestTokens.bearer(team.managerB1()));
        assertThat(other.getForObject("/quotes?companyId=" + company, JsonNode.class).get("totalItems").asLong()).isZero();
        assertThat(other.getForEntity("/quotes/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.postForEntity("/quotes/" + id + "/send", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        TestRestTemplate head = TestTokens.as(anonymous, TestTokens.bearer(team.groupHeadA()));
        assertThat(head.getForEntity("/quotes/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        TestRestTemplate analyst = TestTokens.as(anonymous, TestTokens.bearer(team.analyst()));
        assertThat(analyst.getForEntity("/quotes", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/quotes/no-such-quote", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/quotes?size=1000", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        ResponseEntity<JsonNode> negative = http.postForEntity("/quotes", Map.of("companyId", company, "currency", "RUB",
                "lines", List.of(Map.of("name", "Услуга", "unitPrice", "10.00", "quantity", "-1"))), JsonNode.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(negative.getBody().toString()).contains("quantity");

        ResponseEntity<JsonNode> unknownDeal = http.postForEntity("/quotes", Map.of("dealId", "no-such-deal"), JsonNode.class);
        assertThat(unknownDeal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownDeal.getBody().toString()).contains("dealId");

        ResponseEntity<JsonNode> noPrice = http.postForEntity("/quotes", Map.of("companyId", company, "currency", "USD",
                "priceTypeId", priceType, "lines", List.of(Map.of("productId", product, "quantity", "1"))), JsonNode.class);
        assertThat(noPrice.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noPrice.getBody().get("rule").asText()).isEqualTo("no-catalog-price");

        ResponseEntity<JsonNode> badTemplate = http.postForEntity("/quotes", Map.of("companyId", company, "currency", "RUB",
                "texts", Map.of("greeting", "Здравствуйте, {{client.name"), "lines", List.of(Map.of("name", "Услуга", "unitPrice", "10.00", "quantity", "1"))),
                JsonNode.class);
        assertThat(badTemplate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTemplate.getBody().toString()).contains("texts.greeting");
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesOneQuote() {
        String deal = dealWithTwoChairs();
        HttpHeaders headers = TestTokens.headers(team.managerA1());
        headers.set("Idempotency-Key", "quote-" + deal);
        var body = new HttpEntity<>(Map.of("dealId", deal, "priceTypeId", priceType), headers);

        JsonNode first = anonymous.exchange("/quotes", HttpMethod.POST, body, JsonNode.class).getBody();
        ResponseEntity<JsonNode> again = anonymous.exchange("/quotes", HttpMethod.POST, body, JsonNode.class);

        assertThat(again.getBody().get("id")).isEqualTo(first.get("id"));
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    private String dealWithTwoChairs() {
        String deal = mother.deal("Кресла для офиса", "RUB", team.managerA1(), company, contact,
                List.of(ReferenceMother.row(product, "Кресло", "2", "1200.00")));
        eventually().until(() -> deals.deal(deal).isPresent());
        return deal;
    }

    private String createdFromDeal() {
        String deal = dealWithTwoChairs();
        ResponseEntity<JsonNode> created = http.postForEntity("/quotes", Map.of("dealId", deal, "priceTypeId", priceType,
                "texts", Map.of("templateId", template)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        awaitQuote(id, "DRAFT", 1);
        return id;
    }

    private JsonNode awaitQuote(String id, String status, int version) {
        JsonNode[] quote = new JsonNode[1];
        eventually().until(() -> {
            ResponseEntity<JsonNode> response = http.getForEntity("/quotes/" + id, JsonNode.class);
            quote[0] = response.getBody();
            return response.getStatusCode().is2xxSuccessful() && status.equals(quote[0].get("status").asText())
                    && quote[0].get("version").asInt() == version;
        });
        return quote[0];
    }

    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions();
    }
}
