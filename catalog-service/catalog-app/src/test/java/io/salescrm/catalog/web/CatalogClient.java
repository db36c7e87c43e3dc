package io.salescrm.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog API as one employee calls it, for HTTP tests. {@link #catalogManager} holds a role with every action
 * on PRODUCT at level ALL; the shared {@link SalesTeam}'s managers only read products.
 */
public final class CatalogClient {

    public static final Duration FEW_SECONDS = Duration.ofSeconds(15);
    private static String catalogManager;

    private final TestRestTemplate http;
    private final String employeeId;

    public CatalogClient(TestRestTemplate http, String employeeId) {
        this.http = http;
        this.employeeId = employeeId;
    }

    /** One catalog manager per test JVM, published on the embedded broker. */
    public static synchronized String catalogManager() {
        if (catalogManager == null) {
            SalesTeam team = SalesTeam.shared();
            try (OrgMother org = OrgMother.onEmbeddedKafka()) {
                List<Permission> all = Arrays.stream(Action.values())
                        .map(action -> new Permission(EntityType.PRODUCT, action, AccessLevel.ALL)).toList();
                String role = org.role("Catalog manager", all);
                catalogManager = org.employee("Catalog manager", team.company());
                org.assign(role, catalogManager);
            }
        }
        return catalogManager;
    }

    public static CatalogClient manager(TestRestTemplate http) {
        CatalogClient client = new CatalogClient(http, catalogManager());
        SalesTeam.awaitReadable(http, "/sections", client.employeeId);
        return client;
    }

    public CatalogClient as(String otherEmployeeId) {
        return new CatalogClient(http, otherEmployeeId);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employeeId)), JsonNode.class);
    }

    /** POSTs and returns the new id (asserting 201). */
    public String create(String path, Object body) {
        ResponseEntity<JsonNode> created = post(path, body);
        assertThat(created.getStatusCode()).as("POST " + path + ": " + created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    /** Sends and asserts 204. */
    public void ok(HttpMethod method, String path, Object body) {
        ResponseEntity<JsonNode> response = exchange(method, path, body);
        assertThat(response.getStatusCode()).as(method + " " + path + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Waits until {@code GET path} answers 200 and satisfies the condition; returns the body. */
    public JsonNode awaitRead(String path, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = get(path);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(condition.test(response.getBody())).as("GET " + path + ": " + response.getBody()).isTrue();
            seen[0] = response.getBody();
        });
        return seen[0];
    }

    // --- the catalog in a few calls --------------------------------------------------------------------------

    public String section(String name, String parentId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("parentSectionId", parentId);
        return create("/sections", body);
    }

    /** A LIST_MULTIPLE property with values given as code, label, code, label... */
    public String listProperty(String name, String... codesAndLabels) {
        List<Map<String, String>> values = new ArrayList<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            values.add(Map.of("code", codesAndLabels[i], "label", codesAndLabels[i + 1]));
        }
        return create("/properties", Map.of("name", name, "type", "LIST_MULTIPLE", "values", values));
    }

    /** The id of a list value by its code (waits for the property's read model). */
    public String valueId(String propertyId, String code) {
        JsonNode property = awaitRead("/properties/" + propertyId, p -> p.get("values").findValuesAsText("code").contains(code));
        for (JsonNode value : property.get("values")) {
            if (value.get("code").asText().equals(code)) {
                return value.get("valueId").asText();
            }
        }
        throw new IllegalStateException("no value " + code);
    }

    public String priceType(String name) {
        return create("/price-types", Map.of("name", name));
    }

    public static Map<String, Object> product(String code, String name, String sectionId, Map<String, Object> properties) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("code", code);
        body.put("kind", "PRODUCT");
        body.put("name", name);
        body.put("sectionId", sectionId);
        body.put("unit", "pcs");
        body.put("vatRate", "VAT_20");
        body.put("properties", properties);
        return body;
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
