package io.salescrm.catalog.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.web.CatalogClient;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small catalog published through the catalog API for quiz and preview tests: a section with five pumps, each
 * with its own colour (TEXT) and power (NUMBER in W), and a base price in RUB for the first one.
 */
public record PumpCatalog(String sectionId, String colourId, String powerId, List<String> productIds, List<String> names) {

    public static final List<String> COLOURS = List.of("red", "green", "blue", "black", "white");
    public static final List<String> POWERS = List.of("750", "1000", "1500", "2000", "3000");

    public static PumpCatalog publish(CatalogClient manager) {
        String sectionId = manager.section(CatalogClient.unique("Pumps "), null);
        String colourId = manager.create("/properties", Map.of("name", "colour", "type", "TEXT"));
        String powerId = manager.create("/properties", Map.of("name", "power", "type", "NUMBER", "unit", "W"));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < COLOURS.size(); i++) {
            String name = "Pump " + POWERS.get(i);
            names.add(name);
            ids.add(manager.create("/products", CatalogClient.product(CatalogClient.unique("PMP"), name, sectionId,
                    Map.of(colourId, COLOURS.get(i), powerId, Integer.parseInt(POWERS.get(i))))));
        }
        manager.ok(HttpMethod.POST, "/products/" + ids.get(0) + "/prices",
                Map.of("priceTypeId", basePriceType(manager), "currency", "RUB", "amount", "15000.00"));
        return new PumpCatalog(sectionId, colourId, powerId, ids, names);
    }

    /** The base price type, defining one when the catalog has none yet (the first one is the base). */
    private static String basePriceType(CatalogClient manager) {
        for (JsonNode type : manager.get("/price-types").getBody().get("items")) {
            if (type.get("base").asBoolean()) {
                return type.get("id").asText();
            }
        }
        String id = manager.priceType(CatalogClient.unique("Retail "));
        manager.awaitRead("/price-types", page -> page.get("items").findValuesAsText("id").contains(id));
        return id;
    }
}
