package io.salescrm.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
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

import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.web.CatalogClient.product;
import static io.salescrm.catalog.web.CatalogClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Sections, properties, products, variants and prices through the HTTP API, with the access rules. */
@ServiceIntegrationTest
class CatalogApiTest {

    @Autowired
    TestRestTemplate http;
    CatalogClient admin;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        admin = CatalogClient.manager(http);
    }

    @Test
    void sectionsFormATreeWithoutCycles() {
        String clothes = admin.section("Clothes", null);
        String shirts = admin.section("Shirts", clothes);
        String tShirts = admin.section("T-shirts", shirts);

        ResponseEntity<JsonNode> cycle = admin.post("/sections/" + clothes + "/move", Map.of("parentSectionId", tShirts));
        assertThat(cycle.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(cycle.getBody().get("rule").asText()).isEqualTo("section-cycle");

        admin.ok(HttpMethod.PUT, "/sections/" + shirts + "/name", Map.of("name", "Shirts and tops"));
        admin.awaitRead("/sections/" + shirts, s -> s.get("name").asText().equals("Shirts and tops"));
        assertThat(admin.post("/sections/" + shirts + "/archive", null).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        admin.ok(HttpMethod.POST, "/sections/" + tShirts + "/archive", null);
        admin.awaitRead("/sections?parentSectionId=" + shirts, page -> page.get("items").get(0).get("archived").asBoolean());

        assertThat(admin.get("/sections/no-such").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/sections/no-such/archive", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/sections", Map.of("name", " ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/sections?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aProductWithVariantsGetsGeneratedSkusAndANewColourAddsOnlyItsVariants() {
        String section = admin.section("Shirts", null);
        String colour = admin.listProperty("Colour", "RED", "Red", "BLUE", "Blue", "GREEN", "Green");
        String size = admin.listProperty("Size", "S", "Small", "M", "Medium");
        String red = admin.valueId(colour, "RED");
        String blue = admin.valueId(colour, "BLUE");
        String green = admin.valueId(colour, "GREEN");
        String small = admin.valueId(size, "S");
        String medium = admin.valueId(size, "M");
        String code = unique("TS");

        String id = admin.create("/products", product(code, "Cotton T-shirt", section,
                Map.of(colour, List.of(red, blue), size, List.of(small, medium))));
        admin.ok(HttpMethod.POST, "/products/" + id + "/variants", Map.of("axisPropertyIds", List.of(colour, size)));
        JsonNode product = admin.awaitRead("/products/" + id, p -> p.get("variants").size() == 4);
        assertThat(product.get("variants").findValuesAsText("sku"))
                .containsExactly(code + "-RED-S", code + "-RED-M", code + "-BLUE-S", code + "-BLUE-M");
        String firstVariant = product.get("variants").get(0).get("variantId").asText();

        admin.ok(HttpMethod.PUT, "/products/" + id + "/variants/" + firstVariant, Map.of("sku", code + "-SPECIAL", "available", false));
        admin.ok(HttpMethod.POST, "/products/" + id + "/variant-axis-values", Map.of("propertyId", colour, "valueId", green));
        JsonNode extended = admin.awaitRead("/products/" + id, p -> p.get("variants").size() == 6);
        assertThat(extended.get("variants").get(0).get("variantId").asText()).isEqualTo(firstVariant);
        assertThat(extended.get("variants").get(0).get("sku").asText()).isEqualTo(code + "-SPECIAL");
        assertThat(extended.get("variants").get(0).get("available").asBoolean()).isFalse();
        assertThat(extended.get("variants").findValuesAsText("sku")).contains(code + "-GREEN-S", code + "-GREEN-M");

        ResponseEntity<JsonNode> taken = admin.put("/products/" + id + "/variants/" + firstVariant, Map.of("sku", code + "-BLUE-M"));
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().get("rule").asText()).isEqualTo("sku-taken");
        ResponseEntity<JsonNode> sameCode = admin.post("/products", product(code.toLowerCase(), "Copy", section, Map.of()));
        assertThat(sameCode.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void propertyValuesAreCheckedAgainstTheirDefinitions() {
        String weight = admin.create("/properties", Map.of("name", "Weight", "type", "NUMBER", "unit", "kg"));
        String organic = admin.create("/properties", Map.of("name", "Organic", "type", "BOOLEAN"));

        assertInvalid(admin.post("/products", product(unique("P"), "Beans", null, Map.of("no-such-property", "x"))), "properties.no-such-property");
        assertInvalid(admin.post("/products", product(unique("P"), "Beans", null, Map.of(weight, "heavy"))), "properties." + weight);
        assertInvalid(admin.post("/products", product(unique("P"), "Beans", null, Map.of(organic, "maybe"))), "properties." + organic);
        assertInvalid(admin.post("/products", product(unique("P"), "Beans", null, Map.of(weight, Map.of("a", 1)))), "properties." + weight);
        assertInvalid(admin.post("/products", product("bad code!", "Beans", null, Map.of())), "code");

        String id = admin.create("/products", product(unique("P"), "Beans", null, Map.of(weight, 1.50, organic, true)));
        JsonNode beans = admin.awaitRead("/products/" + id, p -> true);
        assertThat(beans.get("properties").toString()).contains("\"1.5\"", "\"true\"");
        assertThat(beans.has("searchTokens")).isFalse();
    }

    @Test
    void pricesAreOnePerProductOrVariantTypeAndCurrency() {
        String retail = admin.priceType(unique("Retail "));
        String id = admin.create("/products", product(unique("P"), "Kettle", null, Map.of()));
        Map<String, Object> price = Map.of("priceTypeId", retail, "currency", "RUB", "amount", "1990.00");

        admin.ok(HttpMethod.POST, "/products/" + id + "/prices", price);
        ResponseEntity<JsonNode> overlap = admin.post("/products/" + id + "/prices", price);
        assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(overlap.getBody().get("rule").asText()).isEqualTo("price-exists");
        admin.ok(HttpMethod.PUT, "/products/" + id + "/prices", Map.of("priceTypeId", retail, "currency", "RUB", "amount", "1890.00"));
        admin.awaitRead("/products/" + id, p -> p.get("prices").size() == 1 && p.get("prices").get(0).get("amount").asText().equals("1890.00"));
        assertThat(admin.put("/products/" + id + "/prices", Map.of("priceTypeId", retail, "currency", "USD", "amount", "1"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertInvalid(admin.post("/products/" + id + "/prices", Map.of("priceTypeId", "no-such-type", "currency", "RUB", "amount", "1")), "priceTypeId");
        assertInvalid(admin.post("/products/" + id + "/prices", Map.of("priceTypeId", retail, "currency", "RUB", "amount", "-1")), "amount");
        assertThat(admin.post("/products/no-such/prices", price).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        admin.ok(HttpMethod.DELETE, "/products/" + id + "/prices?priceTypeId=" + retail + "&currency=RUB", null);
        admin.awaitRead("/products/" + id, p -> p.get("prices").isEmpty());
    }

    @Test
    void managersReadTheCatalogButOnlyCatalogManagersChangeIt() {
        String id = admin.create("/products", product(unique("P"), "Readable", null, Map.of()));
        CatalogClient manager = admin.as(team.managerA1());
        manager.awaitRead("/products/" + id, p -> p.get("name").asText().equals("Readable"));
        assertThat(manager.get("/products?q=readable").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertForbidden(manager.post("/products", product(unique("P"), "Not allowed", null, Map.of())));
        assertForbidden(manager.post("/sections", Map.of("name", "Not allowed")));
        assertForbidden(manager.post("/properties", Map.of("name", "Not allowed", "type", "TEXT")));
        assertForbidden(manager.post("/price-types", Map.of("name", "Not allowed")));
        assertForbidden(manager.post("/products/" + id + "/archive", null));
        assertForbidden(admin.as(team.analyst()).get("/products"));
        assertThat(http.getForEntity("/products", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anArchivedProductIsStillReadableAndCanBeRestored() {
        String id = admin.create("/products", product(unique("P"), "Seasonal", null, Map.of()));
        admin.ok(HttpMethod.POST, "/products/" + id + "/archive", null);
        admin.awaitRead("/products/" + id, p -> !p.get("active").asBoolean());
        admin.ok(HttpMethod.POST, "/products/" + id + "/restore", null);
        admin.awaitRead("/products/" + id, p -> p.get("active").asBoolean());
        assertThat(admin.get("/products/no-such").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listValuesAreManagedWithStableIdsAndARenamedLabelIsSearchable() {
        String colour = admin.listProperty("Colour", "RED", "Red", "TEAL", "Teal");
        String teal = admin.valueId(colour, "TEAL");
        ResponseEntity<JsonNode> sameCode = admin.post("/properties/" + colour + "/values", Map.of("code", "red", "label", "Crimson"));
        assertThat(sameCode.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sameCode.getBody().get("rule").asText()).isEqualTo("property-value-code-taken");

        String id = admin.create("/products", product(unique("P"), "Scarf", null, Map.of(colour, List.of(teal))));
        String marker = unique("w").toLowerCase();
        admin.ok(HttpMethod.PUT, "/properties/" + colour + "/values/" + teal, Map.of("label", "Sea " + marker));
        admin.awaitRead("/products?q=" + marker, page -> page.get("items").findValuesAsText("id").equals(List.of(id)));

        admin.ok(HttpMethod.POST, "/properties/" + colour + "/values/" + teal + "/retire", null);
        admin.awaitRead("/properties/" + colour, p -> p.get("values").get(1).get("retired").asBoolean());
        assertInvalid(admin.post("/products", product(unique("P"), "New scarf", null, Map.of(colour, List.of(teal)))), "properties." + colour);
        assertThat(admin.put("/products/" + id, Map.of("name", "Scarf", "unit", "pcs", "vatRate", "VAT_20",
                "properties", Map.of(colour, List.of(teal)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.post("/properties/" + colour + "/values/no-such/retire", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstProduct() {
        Map<String, Object> body = product(unique("P"), "Retried", null, Map.of());
        HttpHeaders headers = TestTokens.headers(CatalogClient.catalogManager());
        headers.set("Idempotency-Key", "catalog-" + unique("k"));
        ResponseEntity<JsonNode> first = http.exchange("/products", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        ResponseEntity<JsonNode> second = http.exchange("/products", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    static void assertInvalid(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
    }

    static void assertForbidden(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
