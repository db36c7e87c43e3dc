package io.salescrm.catalog.price.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.web.CatalogClient.product;
import static io.salescrm.catalog.web.CatalogClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /price with competing promotions and the boundaries of their date ranges; bundles and their prices. */
@ServiceIntegrationTest
class PriceApiTest {

    private static final Instant T0 = Instant.parse("2030-03-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2030-03-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2030-03-20T00:00:00Z");
    private static final Instant T3 = Instant.parse("2030-03-31T00:00:00Z");

    @Autowired
    TestRestTemplate http;
    CatalogClient admin;
    String retail;
    String clothes;
    String productId;
    String variantId;

    @BeforeEach
    void catalogWithAPricedShirt() {
        admin = CatalogClient.manager(http);
        retail = admin.priceType(unique("Retail "));
        clothes = admin.section("Clothes", null);
        String shirts = admin.section("Shirts", clothes);
        String colour = admin.listProperty("Colour", "RED", "Red", "BLUE", "Blue");
        productId = admin.create("/products", product(unique("SH"), "Oxford shirt", shirts,
                Map.of(colour, List.of(admin.valueId(colour, "RED"), admin.valueId(colour, "BLUE")))));
        admin.ok(HttpMethod.POST, "/products/" + productId + "/variants", Map.of("axisPropertyIds", List.of(colour)));
        variantId = admin.awaitRead("/products/" + productId, p -> p.get("variants").size() == 2)
                .get("variants").get(0).get("variantId").asText();
        admin.ok(HttpMethod.POST, "/products/" + productId + "/prices", Map.of("priceTypeId", retail, "currency", "RUB", "amount", "1000.00"));
        admin.ok(HttpMethod.POST, "/products/" + productId + "/prices",
                Map.of("variantId", variantId, "priceTypeId", retail, "currency", "RUB", "amount", "1200.00"));
    }

    @Test
    void theHighestPriorityPromotionWinsAndTiesGoToTheLowestPriceWithinTheirDateRanges() {
        promotion("Clothes -10%", "PERCENT", "10", null, List.of(target("SECTION", clothes)), T0, T2, 1);
        promotion("Shirt -150", "FIXED", "150.00", "RUB", List.of(target("PRODUCT", productId)), T1, T3, 1);
        promotion("Variant -50%", "PERCENT", "50", null, List.of(target("VARIANT", variantId)), T0, T3, 0);
        admin.awaitRead("/promotions?size=100", page -> page.get("items").findValuesAsText("name").contains("Variant -50%"));

        JsonNode before = price(null, T0.minusMillis(1));
        assertThat(before.get("promotion").isNull()).isTrue();
        assertThat(before.get("finalPrice").asText()).isEqualTo("1000.00");
        assertThat(before.get("basePriceOf").asText()).isEqualTo("PRODUCT");

        JsonNode atStart = price(null, T0); // from is inclusive; the sub-section's product gets its parent's promotion
        assertThat(atStart.at("/promotion/name").asText()).isEqualTo("Clothes -10%");
        assertThat(atStart.get("finalPrice").asText()).isEqualTo("900.00");
        assertThat(atStart.get("vatRate").asText()).isEqualTo("VAT_20");
        assertThat(atStart.get("vatAmount").asText()).isEqualTo("180.00");
        assertThat(atStart.get("totalWithVat").asText()).isEqualTo("1080.00");

        JsonNode bothApply = price(null, T1); // equal priority: 850.00 beats 900.00
        assertThat(bothApply.at("/promotion/name").asText()).isEqualTo("Shirt -150");
        assertThat(bothApply.at("/promotion/kind").asText()).isEqualTo("FIXED");
        assertThat(bothApply.get("finalPrice").asText()).isEqualTo("850.00");

        assertThat(price(null, T2).at("/promotion/name").asText()).isEqualTo("Shirt -150"); // to is exclusive
        assertThat(price(null, T3).get("promotion").isNull()).isTrue();

        JsonNode variant = price(variantId, T1); // variant's own price; its 50 % has a lower priority
        assertThat(variant.get("basePrice").asText()).isEqualTo("1200.00");
        assertThat(variant.get("basePriceOf").asText()).isEqualTo("VARIANT");
        assertThat(variant.at("/promotion/name").asText()).isEqualTo("Shirt -150");
        assertThat(variant.get("finalPrice").asText()).isEqualTo("1050.00");
    }

    @Test
    void aCancelledPromotionNoLongerAppliesButEarlierInstantsKeepIt() {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        String promo = promotion("Long sale", "PERCENT", "20", null, List.of(target("PRODUCT", productId)), past, T3, 1);
        Instant now = Instant.now();
        await(() -> price(null, now).at("/promotion/id").asText().equals(promo));
        admin.ok(HttpMethod.POST, "/promotions/" + promo + "/cancel", null);
        await(() -> price(null, Instant.now()).get("promotion").isNull());
        assertThat(price(null, now).at("/promotion/id").asText()).isEqualTo(promo);
    }

    @Test
    void unknownProductsVariantsAndPricesAre404Problems() {
        assertThat(get("/price?product=no-such&priceType=" + retail + "&currency=RUB").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        await(() -> get("/price?product=" + productId + "&priceType=" + retail + "&currency=RUB").getStatusCode().is2xxSuccessful());
        assertThat(get("/price?product=" + productId + "&variant=no-such&priceType=" + retail + "&currency=RUB").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> noUsd = get("/price?product=" + productId + "&priceType=" + retail + "&currency=USD");
        assertThat(noUsd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noUsd.getBody().get("detail").asText()).contains("has no USD price of type " + retail);
        assertThat(get("/price?product=" + productId + "&priceType=" + retail + "&currency=rub").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/price?product=" + productId + "&priceType=" + retail + "&currency=RUB&at=yesterday").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aBundleHasItsOwnPriceAndPromotions() {
        Map<String, Object> terms = Map.of("name", "Two shirts", "items", List.of(
                        Map.of("productId", productId, "quantity", "1"), Map.of("productId", productId, "variantId", variantId, "quantity", "1")),
                "prices", List.of(Map.of("priceTypeId", retail, "currency", "RUB", "amount", "2000.00")));
        String bundle = admin.create("/bundles", terms);
        promotion("Bundle -5%", "PERCENT", "5", null, List.of(target("BUNDLE", bundle)), T0, T3, 1);
        await(() -> get("/bundles/" + bundle + "/price?priceType=" + retail + "&currency=RUB&at=" + T1).getStatusCode().is2xxSuccessful()
                    && !get("/bundles/" + bundle + "/price?priceType=" + retail + "&currency=RUB&at=" + T1).getBody().get("promotion").isNull());
        JsonNode quote = get("/bundles/" + bundle + "/price?priceType=" + retail + "&currency=RUB&at=" + T1).getBody();
        assertThat(quote.get("finalPrice").asText()).isEqualTo("1900.00");

        Map<String, Object> overlapping = new HashMap<>(terms);
        overlapping.put("prices", List.of(Map.of("priceTypeId", retail, "currency", "RUB", "amount", "1.00"),
                Map.of("priceTypeId", retail, "currency", "RUB", "amount", "2.00")));
        assertThat(admin.post("/bundles", overlapping).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Map<String, Object> unknownItem = new HashMap<>(terms);
        unknownItem.put("items", List.of(Map.of("productId", "no-such", "quantity", "1")));
        assertThat(admin.post("/bundles", unknownItem).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/bundles/no-such").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void managersReadPricesButCannotCreatePromotions() {
        CatalogClient manager = admin.as(SalesTeam.shared().managerA1());
        await(() -> manager.get("/price?product=" + productId + "&priceType=" + retail + "&currency=RUB").getStatusCode().is2xxSuccessful());
        Map<String, Object> body = promotionBody("Mine", "PERCENT", "90", null, List.of(target("PRODUCT", productId)), T0, T3, 9);
        assertThat(manager.post("/promotions", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.post("/promotions", promotionBody("Backwards", "PERCENT", "10", null,
                List.of(target("PRODUCT", productId)), T3, T0, 1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.post("/promotions", promotionBody("Nowhere", "PERCENT", "10", null,
                List.of(target("SECTION", "no-such")), T0, T3, 1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode price(String variant, Instant at) {
        String path = "/price?product=" + productId + (variant == null ? "" : "&variant=" + variant) + "&priceType=" + retail
                      + "&currency=RUB&at=" + at;
        return admin.awaitRead(path, body -> true);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return admin.get(path);
    }

    private String promotion(String name, String kind, String value, String currency, List<Map<String, String>> targets,
                             Instant from, Instant to, int priority) {
        return admin.create("/promotions", promotionBody(name, kind, value, currency, targets, from, to, priority));
    }

    private static Map<String, Object> promotionBody(String name, String kind, String value, String currency,
                                                     List<Map<String, String>> targets, Instant from, Instant to, int priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("value", value);
        body.put("currency", currency);
        body.put("targets", targets);
        body.put("validFrom", from.toString());
        body.put("validTo", to.toString());
        body.put("priority", priority);
        return body;
    }

    private static Map<String, String> target(String type, String id) {
        return Map.of("type", type, "id", id);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(CatalogClient.FEW_SECONDS).until(condition);
    }
}
