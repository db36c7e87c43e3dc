package io.salescrm.catalog.product.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.price.AddPriceCommand;
import io.salescrm.catalog.api.price.ChangePriceCommand;
import io.salescrm.catalog.api.price.RemovePriceCommand;
import io.salescrm.catalog.api.product.AddVariantAxisValueCommand;
import io.salescrm.catalog.api.product.ArchiveProductCommand;
import io.salescrm.catalog.api.product.ChangeProductCommand;
import io.salescrm.catalog.api.product.ChangeVariantCommand;
import io.salescrm.catalog.api.product.CreateProductCommand;
import io.salescrm.catalog.api.product.GenerateVariantsCommand;
import io.salescrm.catalog.api.product.RestoreProductCommand;
import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.web.Created;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and services with their variants and prices. Everyone with PRODUCT READ reads; catalog managers (PRODUCT
 * ADD/WRITE/DELETE at level ALL) change. The list and search are {@code GET /products} (see ProductSearchController).
 */
@RestController
@RequestMapping("/products")
public class ProductController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public ProductController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                             CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Create a product or service (400 for an unknown property or a value of the wrong type, 409 for a taken code)")
    public ResponseEntity<Created> create(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody ProductRequests.CreateProduct request) {
        rights.requireCatalogManager(Action.ADD);
        var values = ProductRequests.propertyValues(request.properties());
        var outcome = idempotentCreation.create("catalog-products", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(new CreateProductCommand(
                        id, request.code(), request.kind(), request.name(), request.description(), request.sectionId(),
                        request.unit(), request.vatRate(), values)));
        return Created.response(outcome);
    }

    @GetMapping("/{id}")
    public ProductView get(@PathVariable String id) {
        rights.requireRead();
        ProductView product = mongo.findById(id, ProductView.class);
        if (product == null) {
            throw new NotFoundProblem("No product with id " + id + ".");
        }
        return product;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a product's details and property values; new values of variant axes add variants")
    public ResponseEntity<Void> change(@PathVariable String id, @Valid @RequestBody ProductRequests.ChangeProduct request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new ChangeProductCommand(id, request.name(), request.description(), request.sectionId(),
                request.unit(), request.vatRate(), ProductRequests.propertyValues(request.properties())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    public ResponseEntity<Void> archive(@PathVariable String id) {
        rights.requireCatalogManager(Action.DELETE);
        commands.sendAndWait(new ArchiveProductCommand(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    public ResponseEntity<Void> restore(@PathVariable String id) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RestoreProductCommand(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/variants")
    @Operation(summary = "Choose the variant axes (LIST_MULTIPLE properties of the product) and add a variant per missing combination")
    public ResponseEntity<Void> generateVariants(@PathVariable String id, @Valid @RequestBody ProductRequests.GenerateVariants request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new GenerateVariantsCommand(id, request.axisPropertyIds()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/variant-axis-values")
    @Operation(summary = "Give a variant axis one more value; the variants it makes possible are added, existing ones stay")
    public ResponseEntity<Void> addAxisValue(@PathVariable String id, @Valid @RequestBody ProductRequests.AddAxisValue request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new AddVariantAxisValueCommand(id, request.propertyId(), request.valueId()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/variants/{variantId}")
    @Operation(summary = "Set a variant's SKU (409 when taken anywhere in the catalog) and availability override")
    public ResponseEntity<Void> changeVariant(@PathVariable String id, @PathVariable String variantId,
                                              @Valid @RequestBody ProductRequests.ChangeVariant request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new ChangeVariantCommand(id, variantId, request.sku(), request.available()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/prices")
    @Operation(summary = "Add a price of the product or a variant for a price type and currency (409 when one exists)")
    public ResponseEntity<Void> addPrice(@PathVariable String id, @Valid @RequestBody ProductRequests.Price request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new AddPriceCommand(id, request.variantId(), request.priceTypeId(), request.currency(), request.amount()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/prices")
    @Operation(summary = "Change an existing price (404 when there is none)")
    public ResponseEntity<Void> changePrice(@PathVariable String id, @Valid @RequestBody ProductRequests.Price request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new ChangePriceCommand(id, request.variantId(), request.priceTypeId(), request.currency(), request.amount()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/prices")
    public ResponseEntity<Void> removePrice(@PathVariable String id,
                                            @RequestParam(required = false) @Size(max = 80) String variantId,
                                            @RequestParam @NotBlank @Size(max = 64) String priceTypeId,
                                            @RequestParam @NotBlank @Size(max = 3) String currency) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RemovePriceCommand(id, variantId, priceTypeId, currency));
        return ResponseEntity.noContent().build();
    }
}
