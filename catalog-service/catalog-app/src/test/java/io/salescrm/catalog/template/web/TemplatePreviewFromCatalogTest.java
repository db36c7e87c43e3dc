package io.salescrm.catalog.template.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.quiz.PumpCatalog;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.template.TemplateMother.requestBody;
import static io.salescrm.catalog.web.CatalogClient.FEW_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A template preview filled from catalog products published through the catalog API. */
@ServiceIntegrationTest
class TemplatePreviewFromCatalogTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void productRowsComeFromTheCatalogsOwnProductData() {
        CatalogClient manager = CatalogClient.manager(anonymous);
        PumpCatalog pumps = PumpCatalog.publish(manager);
        String body = "{{#products}}{{product.name}} ({{product.sku}}): {{product.property." + pumps.colourId() + "}}, "
                + "{{product.property." + pumps.powerId() + "}}, {{product.price}}\n{{/products}}";
        String id = manager.create("/templates", requestBody("OFFER", "From catalog", "Offer", body));
        CatalogClient salesperson = manager.as(SalesTeam.shared().managerA1());
        salesperson.awaitRead("/templates/" + id, template -> true);

        Map<String, Object> request = Map.of("productIds", pumps.productIds().subList(0, 2), "currency", "RUB");
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            ResponseEntity<JsonNode> preview = salesperson.post("/templates/" + id + "/preview", request);
            assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
            String text = preview.getBody().get("body").get("text").asText();
            assertThat(text).startsWith(pumps.names().get(0) + " (PMP").contains(": red, 750 W, 15000.00 RUB\n")
                    .contains(pumps.names().get(1) + " (PMP").endsWith(": green, 1000 W, {{product.price}}\n");
            List<String> unfilled = new ArrayList<>();
            preview.getBody().get("body").get("unfilled").forEach(u -> unfilled.add(u.get("placeholder").asText() + "@" + u.get("productRow").asInt()));
            assertThat(unfilled).containsExactly("product.price@1");
        });

        ResponseEntity<JsonNode> unknown = salesperson.post("/templates/" + id + "/preview", Map.of("productIds", List.of("no-such-product")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("productIds[0]");
    }
}
