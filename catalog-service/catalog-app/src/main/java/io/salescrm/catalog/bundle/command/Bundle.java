package io.salescrm.catalog.bundle.command;

import io.salescrm.catalog.api.bundle.ArchiveBundleCommand;
import io.salescrm.catalog.api.bundle.BundleArchivedEvent;
import io.salescrm.catalog.api.bundle.BundleChangedEvent;
import io.salescrm.catalog.api.bundle.BundleCreatedEvent;
import io.salescrm.catalog.api.bundle.BundleItem;
import io.salescrm.catalog.api.bundle.BundlePrice;
import io.salescrm.catalog.api.bundle.ChangeBundleCommand;
import io.salescrm.catalog.api.bundle.CreateBundleCommand;
import io.salescrm.catalog.product.command.Prices;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A bundle (complex offer): products or variants in quantities, sold together at a bundle price per price type and
 * currency (at most one per type and currency). Items must be active products and variants of them.
 */
@Aggregate
public class Bundle {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_PRICES = 100;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    @AggregateIdentifier
    private String bundleId;
    private boolean archived;

    protected Bundle() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Bundle(CreateBundleCommand command, CatalogReferences references) {
        CatalogNames.id(command.bundleId(), "bundleId");
        Terms terms = Terms.validated(command.name(), command.description(), command.items(), command.prices(), references);
        apply(new BundleCreatedEvent(command.bundleId(), terms.name(), terms.description(), command.items(), command.prices()));
    }

    @CommandHandler
    public void handle(ChangeBundleCommand command, CatalogReferences references) {
        if (archived) {
            throw new RuleViolationException("bundle-archived", "Bundle " + bundleId + " is archived.");
        }
        Terms terms = Terms.validated(command.name(), command.description(), command.items(), command.prices(), references);
        apply(new BundleChangedEvent(bundleId, terms.name(), terms.description(), command.items(), command.prices()));
    }

    @CommandHandler
    public void handle(ArchiveBundleCommand command) {
        if (!archived) {
            apply(new BundleArchivedEvent(bundleId));
        }
    }

    @EventSourcingHandler
    void on(BundleCreatedEvent event) {
        bundleId = event.bundleId();
    }

    @EventSourcingHandler
    void on(BundleArchivedEvent event) {
        archived = true;
    }

    private record Terms(String name, String description) {

        static Terms validated(String name, String description, List<BundleItem> items, List<BundlePrice> prices,
                               CatalogReferences references) {
            String validName = CatalogNames.name(name, "name");
            String validDescription = description == null || description.isBlank() ? null : description.strip();
            if (validDescription != null && validDescription.length() > CatalogNames.MAX_DESCRIPTION_LENGTH) {
                throw new InvalidFieldException("description", "must be at most " + CatalogNames.MAX_DESCRIPTION_LENGTH + " characters");
            }
            if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
                throw new InvalidFieldException("items", "must be 1-" + MAX_ITEMS + " products or variants");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                requireValidItem(items.get(i), "items[" + i + "]", references);
                if (!seen.add(items.get(i).productId() + "/" + items.get(i).variantId())) {
                    throw new InvalidFieldException("items[" + i + "]", "repeats another item; raise its quantity instead");
                }
            }
            List<BundlePrice> givenPrices = prices == null ? List.of() : prices;
            if (givenPrices.size() > MAX_PRICES) {
                throw new InvalidFieldException("prices", "must be at most " + MAX_PRICES);
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < givenPrices.size(); i++) {
                BundlePrice price = givenPrices.get(i);
                String field = "prices[" + i + "]";
                if (price == null || price.priceTypeId() == null || !references.priceTypeExists(price.priceTypeId())) {
                    throw new InvalidFieldException(field + ".priceTypeId", "is not a price type");
                }
                Prices.requireCurrency(price.currency(), field + ".currency");
                Prices.requireValidAmount(price.amount(), price.currency(), field + ".amount");
                if (!keys.add(price.priceTypeId() + "/" + price.currency())) {
                    throw new ConflictException("bundle-price-overlap", "The bundle has two " + price.currency()
                            + " prices of type " + price.priceTypeId() + ".");
                }
            }
            return new Terms(validName, validDescription);
        }

        private static void requireValidItem(BundleItem item, String field, CatalogReferences references) {
            if (item == null || item.productId() == null) {
                throw new InvalidFieldException(field + ".productId", "must name a product");
            }
            var product = references.product(item.productId())
                    .orElseThrow(() -> new InvalidFieldException(field + ".productId", "is not a product of the catalog"));
            if (!product.active()) {
                throw new InvalidFieldException(field + ".productId", "is archived");
            }
            if (item.variantId() != null && !product.variantIds().contains(item.variantId())) {
                throw new InvalidFieldException(field + ".variantId", "is not a variant of product " + item.productId());
            }
            if (item.quantity() == null || item.quantity().signum() <= 0 || item.quantity().compareTo(MAX_QUANTITY) > 0
                || item.quantity().scale() > 3) {
                throw new InvalidFieldException(field + ".quantity", "must be above 0, at most 10^6, with at most 3 decimals");
            }
        }
    }
}
