package io.salescrm.catalog.price.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.price.query.PriceQuote;
import io.salescrm.catalog.price.query.PriceResolution;
import io.salescrm.platform.rules.CurrencyCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** Price resolution: base price, the promotion applied (if any), final price and VAT, at an instant. */
@RestController
public class PriceController {

    private final PriceResolution resolution;
    private final CatalogRights rights;
    private final Clock clock = Clock.systemUTC();

    public PriceController(PriceResolution resolution, CatalogRights rights) {
        this.resolution = resolution;
        this.rights = rights;
    }

    @GetMapping("/price")
    @Operation(summary = "The price of a product or variant for a price type and currency at an instant (default now); "
            + "404 for an unknown product or variant and when there is no such price")
    public PriceQuote price(@RequestParam @NotBlank @Size(max = 64) String product,
                            @RequestParam(required = false) @Size(min = 1, max = 80) String variant,
                            @RequestParam @NotBlank @Size(max = 64) String priceType,
                            @RequestParam @NotBlank @CurrencyCode String currency,
                            @RequestParam(required = false) Instant at) {
        rights.requireRead();
        return resolution.forProduct(product, variant, priceType, currency, at != null ? at : clock.instant());
    }

    @GetMapping("/bundles/{id}/price")
    @Operation(summary = "The price of a bundle for a price type and currency at an instant, with the promotion applied")
    public PriceQuote bundlePrice(@PathVariable String id,
                                  @RequestParam @NotBlank @Size(max = 64) String priceType,
                                  @RequestParam @NotBlank @CurrencyCode String currency,
                                  @RequestParam(required = false) Instant at) {
        rights.requireRead();
        return resolution.forBundle(id, priceType, currency, at != null ? at : clock.instant());
    }
}
