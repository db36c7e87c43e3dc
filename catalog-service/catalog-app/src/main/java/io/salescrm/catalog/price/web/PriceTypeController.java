package io.salescrm.catalog.price.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.price.DefinePriceTypeCommand;
import io.salescrm.catalog.api.price.MakeBasePriceTypeCommand;
import io.salescrm.catalog.api.price.PriceTypeList;
import io.salescrm.catalog.api.price.RenamePriceTypeCommand;
import io.salescrm.catalog.price.command.PriceTypeListAggregate;
import io.salescrm.catalog.price.query.PriceTypeView;
import io.salescrm.catalog.web.Created;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.springframework.web.bind.annotation.RestController;

/** Price types (retail, wholesale, ...); the first defined is the base one until another is made base. */
@RestController
@RequestMapping("/price-types")
public class PriceTypeController {

    public record PriceTypeName(@NotBlank @Size(max = 200) String name) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public PriceTypeController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                               CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Define a price type (409 when the name is taken)")
    public ResponseEntity<Created> define(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody PriceTypeName request) {
        rights.requireCatalogManager(Action.ADD);
        var outcome = idempotentCreation.create("catalog-price-types", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request),
                id -> commands.sendAndWait(new DefinePriceTypeCommand(PriceTypeList.ID, id, request.name())));
        return Created.response(outcome);
    }

    @GetMapping
    @Operation(summary = "Every price type (there are at most 50), by name")
    public ItemPage<PriceTypeView> list() {
        rights.requireRead();
        var items = mongo.find(new Query().with(Sort.by("name")).limit(PriceTypeListAggregate.MAX_PRICE_TYPES), PriceTypeView.class);
        return new ItemPage<>(items, 0, PriceTypeListAggregate.MAX_PRICE_TYPES, items.size());
    }

    @PutMapping("/{id}")
    public ResponseEntity<Void> rename(@PathVariable String id, @Valid @RequestBody PriceTypeName request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RenamePriceTypeCommand(PriceTypeList.ID, id, request.name()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/base")
    @Operation(summary = "Make this price type the base one")
    public ResponseEntity<Void> makeBase(@PathVariable String id) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new MakeBasePriceTypeCommand(PriceTypeList.ID, id));
        return ResponseEntity.noContent().build();
    }
}
