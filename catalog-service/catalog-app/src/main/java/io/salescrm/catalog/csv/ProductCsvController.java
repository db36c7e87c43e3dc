package io.salescrm.catalog.csv;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.org.api.role.Action;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * CSV import and export of products with their property values and prices. Export needs PRODUCT EXPORT (any level);
 * import needs PRODUCT IMPORT at level ALL. The body is bounded by the service's request size limit.
 */
@RestController
public class ProductCsvController {

    static final String TEXT_CSV = "text/csv";

    private final ProductCsvImport csvImport;
    private final ProductCsvExport csvExport;
    private final CatalogRights rights;

    public ProductCsvController(ProductCsvImport csvImport, ProductCsvExport csvExport, CatalogRights rights) {
        this.csvImport = csvImport;
        this.csvExport = csvExport;
        this.rights = rights;
    }

    @GetMapping(value = "/products/export", produces = TEXT_CSV)
    @Operation(summary = "Every product as CSV (UTF-8), streamed; the format is in the README")
    public ResponseEntity<StreamingResponseBody> export() {
        rights.requireAnyLevel(Action.EXPORT);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csvExport.write(writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"products.csv\"")
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(body);
    }

    @PostMapping(value = "/products/import", consumes = TEXT_CSV)
    @Operation(summary = "Create or change products from CSV (UTF-8, header row, at most 5,000 rows); reports errors per line")
    public ProductCsvImport.Report importProducts(HttpServletRequest request) throws IOException {
        rights.requireCatalogManager(Action.IMPORT);
        return csvImport.read(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
    }
}
