package io.salescrm.catalog.promotion.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.promotion.CancelPromotionCommand;
import io.salescrm.catalog.api.promotion.ChangePromotionCommand;
import io.salescrm.catalog.api.promotion.CreatePromotionCommand;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.catalog.promotion.query.PromotionView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.web.Created;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;

/** Promotions (promo actions). See the README for the rule when several apply to one price. */
@RestController
@RequestMapping("/promotions")
public class PromotionController {

    public record Target(@NotNull PromotionTargetType type, @NotBlank @Size(max = 80) String id) {
    }

    /** {@code currency} only for FIXED discounts; the range is [validFrom, validTo). */
    public record PromotionTerms(@NotBlank @Size(max = 200) String name,
                                 @NotNull DiscountKind kind,
                                 @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
                                 @CurrencyCode String currency,
                                 @NotEmpty @Size(max = 100) List<@Valid @NotNull Target> targets,
                                 @NotNull Instant validFrom,
                                 @NotNull Instant validTo,
                                 @Min(0) @Max(1000) int priority) {

        List<PromotionTarget> promotionTargets() {
            return targets.stream().map(t -> new PromotionTarget(t.type(), t.id())).toList();
        }
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public PromotionController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                               CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Create a promotion on products, variants, sections (with sub-sections) or bundles")
    public ResponseEntity<Created> create(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody PromotionTerms request) {
        rights.requireCatalogManager(Action.ADD);
        var outcome = idempotentCreation.create("catalog-promotions", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(new CreatePromotionCommand(
                        id, request.name(), request.kind(), request.value(), request.currency(), request.promotionTargets(),
                        request.validFrom(), request.validTo(), request.priority())));
        return Created.response(outcome);
    }

    @GetMapping
    @Operation(summary = "Promotions, latest start first, one page at a time")
    public ItemPage<PromotionView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(ItemPage.MAX_PAGE) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(ItemPage.MAX_SIZE) int size) {
        rights.requireRead();
        long total = mongo.count(new Query(), PromotionView.class);
        var items = mongo.find(new Query().with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "validFrom", "_id"))),
                PromotionView.class);
        return new ItemPage<>(items, page, size, total);
    }

    @GetMapping("/{id}")
    public PromotionView get(@PathVariable String id) {
        rights.requireRead();
        PromotionView promotion = mongo.findById(id, PromotionView.class);
        if (promotion == null) {
            throw new NotFoundProblem("No promotion with id " + id + ".");
        }
        return promotion;
    }

    @PutMapping("/{id}")
    public ResponseEntity<Void> change(@PathVariable String id, @Valid @RequestBody PromotionTerms request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new ChangePromotionCommand(id, request.name(), request.kind(), request.value(), request.currency(),
                request.promotionTargets(), request.validFrom(), request.validTo(), request.priority()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a promotion from now on (prices at earlier instants keep it)")
    public ResponseEntity<Void> cancel(@PathVariable String id) {
        rights.requireCatalogManager(Action.DELETE);
        commands.sendAndWait(new CancelPromotionCommand(id));
        return ResponseEntity.noContent().build();
    }
}
