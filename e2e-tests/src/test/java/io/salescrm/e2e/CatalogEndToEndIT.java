package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog through the gateway: the administrator builds a section, a list property, a product with variants,
 * a price and a promotion; a manager (predefined role: reads products, may not write them) reads the final price,
 * finds the product by a fragment of a variant's SKU, and is refused when he tries to create a product.
 */
class CatalogEndToEndIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String PASSWORD = "correct-horse-1";

    private static CrmLauncher crm;
    private static GatewayClient anonymous;
    private static GatewayClient admin;

    @BeforeAll
    static void startEverything() throws Exception {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home") + "-catalog");
        ThinSliceEndToEndIT.deleteRecursively(home);
        crm = new CrmLauncher(Path.of(System.getProperty("crm.repo", "..")).toAbsolutePath().normalize(), home);
        crm.run("start", 600);
        anonymous = GatewayClient.anonymous(crm.gatewayUrl());
        admin = anonymous.signIn("admin", "admin");
    }

    @AfterAll
    static void stopEverything() {
        if (crm != null) {
            crm.run("stop", 180);
        }
    }

    @Test
    void anAdministratorBuildsTheCatalogAndAManagerPricesAndFindsIt() {
        // the catalog learns the administrator's role from org events over Kafka: allow it a moment
        String section = await().atMost(SOON).until(() -> created(admin.post("/api/catalog/sections", Map.of("name", "Clothes"))),
                id -> id != null);
        String colour = id(admin.post("/api/catalog/properties", Map.of("name", "Colour", "type", "LIST_MULTIPLE",
                "values", List.of(Map.of("code", "RED", "label", "Red"), Map.of("code", "NAVY", "label", "Navy")))));
        JsonNode property = await().atMost(SOON).until(() -> admin.get("/api/catalog/properties/" + colour),
                r -> r.status() == 200).body();
        List<String> colourValues = property.get("values").findValuesAsText("valueId");

        String product = id(admin.post("/api/catalog/products", Map.of("code", "POLO77", "kind", "PRODUCT",
                "name", "Polo shirt", "sectionId", section, "unit", "pcs", "vatRate", "VAT_20",
                "properties", Map.of(colour, colourValues))));
        assertThat(admin.post("/api/catalog/products/" + product + "/variants", Map.of("axisPropertyIds", List.of(colour))).status())
                .isEqualTo(204);
        String retail = id(admin.post("/api/catalog/price-types", Map.of("name", "Retail")));
        assertThat(admin.post("/api/catalog/products/" + product + "/prices",
                Map.of("priceTypeId", retail, "currency", "RUB", "amount", "2500.00")).status()).isEqualTo(204);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        id(admin.post("/api/catalog/promotions", Map.of("name", "Clothes week", "kind", "PERCENT", "value", "20",
                "targets", List.of(Map.of("type", "SECTION", "id", section)),
                "validFrom", now.minus(1, ChronoUnit.DAYS).toString(), "validTo", now.plus(7, ChronoUnit.DAYS).toString(),
                "priority", 1)));

        GatewayClient manager = hireManager();
        await().atMost(SOON).untilAsserted(() -> {
            GatewayClient.Response price = manager.get("/api/catalog/price?product=" + product + "&priceType=" + retail
                                                       + "&currency=RUB&at=" + now);
            assertThat(price.status()).as(price.toString()).isEqualTo(200);
            assertThat(price.body().get("basePrice").asText()).isEqualTo("2500.00");
            assertThat(price.body().at("/promotion/name").asText()).isEqualTo("Clothes week");
            assertThat(price.body().get("finalPrice").asText()).isEqualTo("2000.00");
            assertThat(price.body().get("vatAmount").asText()).isEqualTo("400.00");
        });
        await().atMost(SOON).untilAsserted(() -> {
            GatewayClient.Response found = manager.get("/api/catalog/products?q=polo77-na");
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body().get("items").findValuesAsText("id")).containsExactly(product);
            assertThat(found.body().at("/items/0/variants").findValuesAsText("sku")).containsExactly("POLO77-RED", "POLO77-NAVY");
        });

        GatewayClient.Response refused = manager.post("/api/catalog/products", Map.of("code", "MINE1", "kind", "PRODUCT",
                "name", "Not allowed", "unit", "pcs", "vatRate", "NO_VAT"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    private static GatewayClient hireManager() {
        String company = null;
        for (JsonNode unit : admin.get("/api/org/units?size=100").body().get("items")) {
            if ("COMPANY".equals(unit.get("kind").asText())) {
                company = unit.get("id").asText();
            }
        }
        GatewayClient.Response hired = admin.post("/api/org/employees", Map.of("login", "catalog.reader", "password", PASSWORD,
                "fullName", "Catalog reader", "email", "catalog.reader@example.com", "position", "Sales", "primaryUnitId", company));
        String employee = id(hired);
        assertThat(admin.post("/api/org/roles/role-manager/assignments", Map.of("subjectType", "EMPLOYEE", "subjectId", employee))
                .status()).isIn(200, 201);
        return anonymous.signIn("catalog.reader", PASSWORD);
    }

    private static String created(GatewayClient.Response response) {
        return response.status() == 201 ? response.body().get("id").asText() : null;
    }

    private static String id(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
