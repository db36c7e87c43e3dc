package io.salescrm.catalog.promotion.command;

import io.salescrm.catalog.api.promotion.CancelPromotionCommand;
import io.salescrm.catalog.api.promotion.ChangePromotionCommand;
import io.salescrm.catalog.api.promotion.CreatePromotionCommand;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionChangedEvent;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.product.command.Prices;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A promotion (promo action): a PERCENT or FIXED discount on products, variants, sections (with their
 * sub-sections) or bundles, valid in {@code [validFrom, validTo)}, with a priority that decides among promotions
 * applying to the same price. Cancelling ends it from that instant; earlier prices keep it.
 */
@Aggregate
public class Promotion {

    public static final int MAX_TARGETS = 100;
    public static final int MAX_PRIORITY = 1000;
    static final BigDecimal HUNDRED = new BigDecimal("100");

    @AggregateIdentifier
    private String promotionId;
    private boolean cancelled;

    protected Promotion() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Promotion(CreatePromotionCommand command, CatalogReferences references) {
        CatalogNames.id(command.promotionId(), "promotionId");
        String name = validated(command.name(), command.kind(), command.value(), command.currency(), command.targets(),
                command.validFrom(), command.validTo(), command.priority(), references);
        apply(new PromotionCreatedEvent(command.promotionId(), name, command.kind(), command.value(), command.currency(),
                command.targets(), command.validFrom(), command.validTo(), command.priority()));
    }

    @CommandHandler
    public void handle(ChangePromotionCommand command, CatalogReferences references) {
        if (cancelled) {
            throw new RuleViolationException("promotion-cancelled", "Promotion " + promotionId + " is cancelled.");
        }
        String name = validated(command.name(), command.kind(), command.value(), command.currency(), command.targets(),
                command.validFrom(), command.validTo(), command.priority(), references);
        apply(new PromotionChangedEvent(promotionId, name, command.kind(), command.value(), command.currency(),
                command.targets(), command.validFrom(), command.validTo(), command.priority()));
    }

    @CommandHandler
    public void handle(CancelPromotionCommand command) {
        if (!cancelled) {
            apply(new PromotionCancelledEvent(promotionId, GenericEventMessage.clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(PromotionCreatedEvent event) {
        promotionId = event.promotionId();
    }

    @EventSourcingHandler
    void on(PromotionCancelledEvent event) {
        cancelled = true;
    }

    private static String validated(String name, DiscountKind kind, BigDecimal value, String currency,
                                    List<PromotionTarget> targets, Instant validFrom, Instant validTo, int priority,
                                    CatalogReferences references) {
        String validName = CatalogNames.name(name, "name");
        if (kind == null) {
            throw new InvalidFieldException("kind", "must be PERCENT or FIXED");
        }
        if (value == null || value.signum() <= 0) {
            throw new InvalidFieldException("value", "must be above 0");
        }
        if (kind == DiscountKind.PERCENT) {
            if (currency != null) {
                throw new InvalidFieldException("currency", "must be empty for a PERCENT discount");
            }
            if (value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
                throw new InvalidFieldException("value", "must be a percentage up to 100 with at most 2 decimals");
            }
        } else {
            Prices.requireCurrency(currency, "currency");
            Prices.requireValidAmount(value, currency, "value");
        }
        if (validFrom == null || validTo == null || !validFrom.isBefore(validTo)) {
            throw new InvalidFieldException("validTo", "must be after validFrom (the range is [validFrom, validTo))");
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidFieldException("priority", "must be 0-" + MAX_PRIORITY);
        }
        if (targets == null || targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw new InvalidFieldException("targets", "must be 1-" + MAX_TARGETS);
        }
        if (new HashSet<>(targets).size() != targets.size()) {
            throw new InvalidFieldException("targets", "must not repeat");
        }
        for (int i = 0; i < targets.size(); i++) {
            requireExisting(targets.get(i), "targets[" + i + "]", references);
        }
        return validName;
    }

    private static void requireExisting(PromotionTarget target, String field, CatalogReferences references) {
        if (target == null || target.type() == null || target.id() == null) {
            throw new InvalidFieldException(field, "must have a type and an id");
        }
        boolean exists = switch (target.type()) {
            case PRODUCT -> references.product(target.id()).isPresent();
            case VARIANT -> references.productOfVariant(target.id()).isPresent();
            case SECTION -> references.section(target.id()) != CatalogReferences.SectionStatus.UNKNOWN;
            case BUNDLE -> references.bundleExists(target.id());
        };
        if (!exists) {
            throw new InvalidFieldException(field + ".id", "is not a " + target.type() + " of the catalog");
        }
    }
}
