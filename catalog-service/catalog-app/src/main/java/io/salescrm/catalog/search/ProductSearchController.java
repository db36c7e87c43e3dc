package io.salescrm.catalog.search;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.platform.rules.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /products}: the product list with full-text search, section and property filters, paginated. */
@RestController
public class ProductSearchController {

    static final String PROPERTY_PREFIX = "property.";

    private final ProductSearch search;
    private final CatalogRights rights;

    public ProductSearchController(ProductSearch search, CatalogRights rights) {
        this.search = search;
        this.rights = rights;
    }

    @GetMapping("/products")
    @Operation(summary = "Search products: q (each word starts a word of the name, description, code, SKUs or property values), "
            + "sectionId (with sub-sections), property.<propertyId>=<value> (list values by id), active, sort "
            + "(name, -name, code, -code, createdAt, -createdAt), page, size (at most 100)")
    public ItemPage<ProductView> search(@RequestParam(required = false) @Size(max = 200) String q,
                                        @RequestParam(required = false) @Size(max = 64) String sectionId,
                                        @RequestParam(required = false) Boolean active,
                                        @RequestParam(required = false) @Size(max = 12) String sort,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(ItemPage.MAX_PAGE) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(ItemPage.MAX_SIZE) int size,
                                        @RequestParam Map<String, String> parameters) {
        rights.requireRead();
        Map<String, String> properties = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PROPERTY_PREFIX)) {
                if (name.length() > PROPERTY_PREFIX.length() + 64 || value.length() > 1000) {
                    throw new InvalidFieldException(name, "property id or value too long");
                }
                properties.put(name.substring(PROPERTY_PREFIX.length()), value);
            }
        });
        return search.search(new ProductSearch.Request(q, sectionId, properties, active, sort), page, size);
    }
}
