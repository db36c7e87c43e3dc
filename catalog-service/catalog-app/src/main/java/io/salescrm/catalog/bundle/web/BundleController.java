package io.salescrm.catalog.bundle.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.bundle.ArchiveBundleCommand;
import io.salescrm.catalog.api.bundle.BundleItem;
import io.salescrm.catalog.api.bundle.BundlePrice;
import io.salescrm.catalog.api.bundle.ChangeBundleCommand;
import io.salescrm.catalog.api.bundle.CreateBundleCommand;
import io.salescrm.catalog.bundle.query.BundleView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.web.Created;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** Bundles (complex offers): products or variants in quantities at bundle prices. */
@RestController
@RequestMapping("/bundles")
public class BundleController {

    public record Item(@NotBlank @Size(max = 64) String productId, @Size(min = 1, max = 80) String variantId,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 3) BigDecimal quantity) {
    }

    public record Price(@NotBlank @Size(max = 64) String priceTypeId, @NotNull @CurrencyCode String currency,
                        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount) {
    }

    public record BundleTerms(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
                              @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
                              @Size(max = 100) List<@Valid @NotNull Price> prices) {

        List<BundleItem> bundleItems() {
            return items.stream().map(i -> new BundleItem(i.productId(), i.variantId(), i.quantity())).toList();
        }

        List<BundlePrice> bundlePrices() {
            return prices == null ? List.of() : prices.stream().map(p -> new BundlePrice(p.priceTypeId(), p.currency(), p.amount())).toList();
        }
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public BundleController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                            CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Create a bundle (items must be active products or their variants; one price per type and currency)")
    public ResponseEntity<Created> create(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody BundleTerms request) {
        rights.requireCatalogManager(Action.ADD);
        var outcome = idempotentCreation.create("catalog-bundles", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(new CreateBundleCommand(
                        id, request.name(), request.description(), request.bundleItems(), request.bundlePrices())));
        return Created.response(outcome);
    }

    @GetMapping
    public ItemPage<BundleView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(ItemPage.MAX_PAGE) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(ItemPage.MAX_SIZE) int size) {
        rights.requireRead();
        long total = mongo.count(new Query(), BundleView.class);
        var items = mongo.find(new Query().with(PageRequest.of(page, size, Sort.by("name", "_id"))), BundleView.class);
        return new ItemPage<>(items, page, size, total);
    }

    @GetMapping("/{id}")
    public BundleView get(@PathVariable String id) {
        rights.requireRead();
        BundleView bundle = mongo.findById(id, BundleView.class);
        if (bundle == null) {
            throw new NotFoundProblem("No bundle with id " + id + ".");
        }
        return bundle;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a bundle's name, description, items and prices")
    public ResponseEntity<Void> change(@PathVariable String id, @Valid @RequestBody BundleTerms request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new ChangeBundleCommand(id, request.name(), request.description(), request.bundleItems(), request.bundlePrices()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    public ResponseEntity<Void> archive(@PathVariable String id) {
        rights.requireCatalogManager(Action.DELETE);
        commands.sendAndWait(new ArchiveBundleCommand(id));
        return ResponseEntity.noContent().build();
    }
}
