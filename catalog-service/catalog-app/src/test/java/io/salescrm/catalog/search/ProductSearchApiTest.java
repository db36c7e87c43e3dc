package io.salescrm.catalog.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.web.CatalogClient.product;
import static io.salescrm.catalog.web.CatalogClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /products: words, SKU fragments, sections with sub-sections, property filters, activity, pages and sort. */
@ServiceIntegrationTest
class ProductSearchApiTest {

    @Autowired
    TestRestTemplate http;
    CatalogClient admin;
    String marker;
    String top;
    String sub;
    String colour;
    String red;
    String jacket;
    String kettle;
    String boots;

    @BeforeEach
    void aSmallCatalog() {
        admin = CatalogClient.manager(http);
        marker = unique("mk").toLowerCase();
        top = admin.section("Outdoor", null);
        sub = admin.section("Jackets", top);
        String other = admin.section("Kitchen", null);
        colour = admin.listProperty("Colour", "RED", "Crimson red", "BLUE", "Blue");
        red = admin.valueId(colour, "RED");
        String blue = admin.valueId(colour, "BLUE");
        String material = admin.create("/properties", Map.of("name", "Material", "type", "TEXT"));

        jacket = admin.create("/products", product(unique("JK"), "Rain jacket " + marker, sub,
                Map.of(colour, List.of(red, blue), material, "Gore-Tex membrane")));
        kettle = admin.create("/products", product(unique("KT"), "Electric kettle " + marker, other, Map.of(colour, List.of(blue))));
        boots = admin.create("/products", product(unique("BT"), "Hiking boots " + marker, top, Map.of(colour, List.of(red))));
        admin.ok(HttpMethod.POST, "/products/" + jacket + "/variants", Map.of("axisPropertyIds", List.of(colour)));
        admin.ok(HttpMethod.POST, "/products/" + boots + "/archive", null);
        admin.awaitRead("/products?q=" + marker + "&active=false", page -> page.get("totalItems").asInt() == 1);
        admin.awaitRead("/products/" + jacket, p -> p.get("variants").size() == 2);
    }

    @Test
    void everyWordMustStartAWordOfNameDescriptionCodeSkusOrPropertyValues() {
        assertThat(ids("q=" + marker)).containsExactlyInAnyOrder(jacket, kettle, boots);
        assertThat(ids("q=" + marker + " rai")).containsExactly(jacket);
        assertThat(ids("q=" + marker + " crimson")).containsExactlyInAnyOrder(jacket, boots); // a list value's label
        assertThat(ids("q=" + marker + " gore membr")).containsExactly(jacket);               // a text property
        assertThat(ids("q=" + marker + " ain")).isEmpty();                                       // prefixes, not infixes
        String sku = admin.get("/products/" + jacket).getBody().get("variants").get(0).get("sku").asText();
        String fragment = sku.substring(0, sku.indexOf('-') + 3).toLowerCase();                   // e.g. "jk...-re"
        assertThat(ids("q=" + fragment)).containsExactly(jacket);
    }

    @Test
    void aSectionFilterCoversItsSubSectionsAndPropertiesFilterExactly() {
        assertThat(ids("q=" + marker + "&sectionId=" + top)).containsExactlyInAnyOrder(jacket, boots);
        assertThat(ids("q=" + marker + "&sectionId=" + sub)).containsExactly(jacket);
        assertThat(ids("q=" + marker + "&property." + colour + "=" + red)).containsExactlyInAnyOrder(jacket, boots);
        assertThat(ids("q=" + marker + "&property." + colour + "=" + red + "&active=true")).containsExactly(jacket);
        assertThat(ids("q=" + marker + "&active=false")).containsExactly(boots);
    }

    @Test
    void resultsComeInBoundedSortedPages() {
        JsonNode first = admin.get("/products?q=" + marker + "&size=2&sort=-name").getBody();
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("items").findValuesAsText("id")).containsExactly(jacket, boots);
        JsonNode second = admin.get("/products?q=" + marker + "&size=2&page=1&sort=-name").getBody();
        assertThat(second.get("items").findValuesAsText("id")).containsExactly(kettle);
        assertThat(admin.get("/products?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/products?sort=price").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/products?q=a b c d e f g h i").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.get("/products?q=" + "x".repeat(201)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private List<String> ids(String query) {
        return admin.get("/products?size=100&" + query).getBody().get("items").findValuesAsText("id");
    }
}
