package io.salescrm.catalog.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.web.CatalogClient;
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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.web.CatalogClient.product;
import static io.salescrm.catalog.web.CatalogClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** CSV export and import of products with their property values and prices, with per-line errors. */
@ServiceIntegrationTest
class ProductCsvApiTest {

    @Autowired
    TestRestTemplate http;
    CatalogClient admin;
    String colour;
    String weight;
    String retail;
    String code;
    String productId;

    @BeforeEach
    void aPricedProduct() {
        admin = CatalogClient.manager(http);
        colour = admin.listProperty("Colour", "RED", "Red", "BLUE", "Blue");
        weight = admin.create("/properties", Map.of("name", "Weight", "type", "NUMBER", "unit", "kg"));
        retail = admin.priceType(unique("Retail "));
        code = unique("CSV");
        productId = admin.create("/products", product(code, "Exported kettle", null,
                Map.of(colour, List.of(admin.valueId(colour, "RED"), admin.valueId(colour, "BLUE")), weight, "1.7")));
        admin.ok(HttpMethod.POST, "/products/" + productId + "/prices", Map.of("priceTypeId", retail, "currency", "RUB", "amount", "2490.00"));
        admin.awaitRead("/products/" + productId, p -> p.get("prices").size() == 1);
    }

    @Test
    void anExportedRowImportsBackAndChangesOnlyWhatWasEdited() {
        String[] lines = export();
        String header = lines[0];
        assertThat(header).startsWith("code,kind,name,description,sectionId,unit,vatRate,active")
                .contains("property:" + colour, "property:" + weight, "price:" + retail + ":RUB");
        String row = Arrays.stream(lines).filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertThat(row).contains("Exported kettle", "RED|BLUE", "1.7", "2490.00");

        String newCode = unique("NEW");
        String edited = row.replace("Exported kettle", "Imported kettle").replace("2490.00", "2390.00");
        String added = row.replace(code + ",", newCode + ",").replace("RED|BLUE", "BLUE");
        JsonNode report = importCsv(CatalogClient.catalogManager(), header + "\n" + edited + "\n" + added + "\n").getBody();

        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isZero();
        JsonNode changed = admin.awaitRead("/products/" + productId, p -> p.get("name").asText().equals("Imported kettle")
                && p.get("prices").get(0).get("amount").asText().equals("2390.00"));
        assertThat(changed.get("properties").toString()).contains("1.7");
        JsonNode found = admin.awaitRead("/products?q=" + newCode, page -> page.get("totalItems").asInt() == 1);
        assertThat(found.at("/items/0/prices/0/amount").asText()).isEqualTo("2490.00");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndFieldAndTheOthersAreImported() {
        String header = "code,kind,name,unit,vatRate,property:" + colour + ",price:" + retail + ":RUB";
        String csv = header + "\n"
                + unique("OK") + ",SERVICE,Installation,hour,VAT_20,BLUE,1500.00\n"
                + unique("BAD") + ",PRODUCT,Kettle,pcs,VAT_20,PURPLE,10.00\n"
                + unique("BAD") + ",PRODUCT,Kettle,pcs,VAT_15,RED,10.00\n"
                + ",PRODUCT,No code,pcs,VAT_20,RED,10.00\n"
                + code + ",PRODUCT,Same code,pcs,VAT_20,RED,-5\n";
        JsonNode report = importCsv(CatalogClient.catalogManager(), csv).getBody();
        assertThat(report.get("rows").asInt()).isEqualTo(5);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isEqualTo(4);
        assertThat(report.get("errors").findValuesAsText("line")).containsExactly("3", "4", "5", "6");
        assertThat(report.get("errors").findValuesAsText("field"))
                .containsExactly("property:" + colour, "vatRate", "code", "amount");
    }

    @Test
    void anUnknownColumnRefusesTheWholeFile() {
        ResponseEntity<JsonNode> refused = importCsv(CatalogClient.catalogManager(), "code,name,property:no-such\nX1,Y,Z\n");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("property:no-such");
    }

    @Test
    void importNeedsACatalogManagerAndExportTheExportRight() {
        SalesTeam team = SalesTeam.shared();
        assertThat(importCsv(team.managerA1(), "code\nX\n").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchangeExport(team.analyst()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchangeExport(team.managerA1()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String[] export() {
        ResponseEntity<String> response = exchangeExport(CatalogClient.catalogManager());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        return response.getBody().split("\r\n");
    }

    private ResponseEntity<String> exchangeExport(String employeeId) {
        return http.exchange("/products/export", HttpMethod.GET, new HttpEntity<>(TestTokens.headers(employeeId)), String.class);
    }

    private ResponseEntity<JsonNode> importCsv(String employeeId, String csv) {
        HttpHeaders headers = TestTokens.headers(employeeId);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.exchange("/products/import", HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);
    }
}
