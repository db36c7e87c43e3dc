package io.salescrm.catalog.property.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.property.AddPropertyValueCommand;
import io.salescrm.catalog.api.property.DefinePropertyCommand;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.RenamePropertyCommand;
import io.salescrm.catalog.api.property.RenamePropertyValueCommand;
import io.salescrm.catalog.api.property.RetirePropertyValueCommand;
import io.salescrm.catalog.property.query.PropertyView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.web.Created;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.util.List;
import java.util.UUID;

/** Product property definitions and their list values. Everyone with PRODUCT READ reads; catalog managers change. */
@RestController
@RequestMapping("/properties")
public class PropertyController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public PropertyController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                              CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Define a property (TEXT, NUMBER with unit, BOOLEAN, DATE, LIST_SINGLE, LIST_MULTIPLE with values)")
    public ResponseEntity<Created> define(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody PropertyRequests.DefineProperty request) {
        rights.requireCatalogManager(Action.ADD);
        List<ListValue> values = request.values() == null ? List.of() : request.values().stream()
                .map(v -> new ListValue(UUID.randomUUID().toString(), v.code(), v.label())).toList();
        var outcome = idempotentCreation.create("catalog-properties", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(
                        new DefinePropertyCommand(id, request.name(), request.type(), request.unit(), values)));
        return Created.response(outcome);
    }

    @GetMapping
    @Operation(summary = "Property definitions by name, one page at a time")
    public ItemPage<PropertyView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(ItemPage.MAX_PAGE) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(ItemPage.MAX_SIZE) int size) {
        rights.requireRead();
        long total = mongo.count(new Query(), PropertyView.class);
        var items = mongo.find(new Query().with(PageRequest.of(page, size, Sort.by("name", "_id"))), PropertyView.class);
        return new ItemPage<>(items, page, size, total);
    }

    @GetMapping("/{id}")
    public PropertyView get(@PathVariable String id) {
        rights.requireRead();
        PropertyView property = mongo.findById(id, PropertyView.class);
        if (property == null) {
            throw new NotFoundProblem("No property with id " + id + ".");
        }
        return property;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a property (and change a NUMBER property's unit)")
    public ResponseEntity<Void> rename(@PathVariable String id, @Valid @RequestBody PropertyRequests.RenameProperty request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RenamePropertyCommand(id, request.name(), request.unit()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/values")
    @Operation(summary = "Add a value to a list property (409 when its code is taken)")
    public ResponseEntity<Created> addValue(@PathVariable String id, @Valid @RequestBody PropertyRequests.NewValue request) {
        rights.requireCatalogManager(Action.WRITE);
        String valueId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddPropertyValueCommand(id, valueId, request.code(), request.label()));
        return Created.response(new IdempotentCreation.Outcome(valueId, false));
    }

    @PutMapping("/{id}/values/{valueId}")
    @Operation(summary = "Rename a list value (its id and code stay)")
    public ResponseEntity<Void> renameValue(@PathVariable String id, @PathVariable String valueId,
                                            @Valid @RequestBody PropertyRequests.RenameValue request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RenamePropertyValueCommand(id, valueId, request.label()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/values/{valueId}/retire")
    @Operation(summary = "Retire a list value: no new product may use it, products that have it keep it")
    public ResponseEntity<Void> retireValue(@PathVariable String id, @PathVariable String valueId) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RetirePropertyValueCommand(id, valueId));
        return ResponseEntity.noContent().build();
    }
}
