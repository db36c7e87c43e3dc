package io.salescrm.catalog.product.query;

import io.salescrm.catalog.api.price.PriceRemovedEvent;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.product.VariantAxisValueAddedEvent;
import io.salescrm.catalog.api.product.VariantChangedEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.config.CatalogViews;
import io.salescrm.catalog.property.query.PropertyView;
import io.salescrm.catalog.property.query.PropertyViewRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps {@code catalog_products} up to date. Every handler computes the new document from the current one with
 * absolute values (variants and prices keyed by id), so a replayed event leaves the same document; search words are
 * recomputed on every change, and for the products using a list value when that value is renamed.
 */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class ProductViewProjection {

    private final MongoTemplate mongo;
    private final PropertyViewRepository properties;

    public ProductViewProjection(MongoTemplate mongo, PropertyViewRepository properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        save(new ProductView(event.productId(), event.code(), event.kind(), event.name(), event.description(), event.sectionId(),
                event.unit(), event.vatRate(), true, event.properties(), List.of(), List.of(), List.of(), event.createdAt(),
                List.of(), List.of(), null));
    }

    @EventHandler
    void on(ProductChangedEvent event) {
        update(event.productId(), p -> p.withDetails(event.name(), event.description(), event.sectionId(), event.unit(),
                event.vatRate(), event.properties()));
    }

    @EventHandler
    void on(ProductArchivedEvent event) {
        update(event.productId(), p -> p.withActive(false));
    }

    @EventHandler
    void on(ProductRestoredEvent event) {
        update(event.productId(), p -> p.withActive(true));
    }

    @EventHandler
    void on(VariantAxisValueAddedEvent event) {
        update(event.productId(), p -> {
            List<ProductPropertyValue> values = new ArrayList<>();
            for (ProductPropertyValue property : p.properties()) {
                if (property.propertyId().equals(event.propertyId()) && !property.values().contains(event.valueId())) {
                    List<String> extended = new ArrayList<>(property.values());
                    extended.add(event.valueId());
                    values.add(new ProductPropertyValue(property.propertyId(), extended));
                } else {
                    values.add(property);
                }
            }
            return p.withDetails(p.name(), p.description(), p.sectionId(), p.unit(), p.vatRate(), values);
        });
    }

    @EventHandler
    void on(VariantsAddedEvent event) {
        update(event.productId(), p -> {
            List<ProductView.Variant> variants = new ArrayList<>(p.variants());
            event.variants().forEach(added -> {
                if (variants.stream().noneMatch(v -> v.variantId().equals(added.variantId()))) {
                    variants.add(new ProductView.Variant(added.variantId(), added.sku(), added.axisValues(), null));
                }
            });
            return p.withVariants(event.axisPropertyIds(), variants);
        });
    }

    @EventHandler
    void on(VariantChangedEvent event) {
        update(event.productId(), p -> p.withVariants(p.variantAxes(), p.variants().stream()
                .map(v -> v.variantId().equals(event.variantId())
                        ? new ProductView.Variant(v.variantId(), event.sku(), v.axisValues(), event.available()) : v)
                .toList()));
    }

    @EventHandler
    void on(PriceSetEvent event) {
        update(event.productId(), p -> {
            List<ProductView.Price> prices = withoutPrice(p, event.variantId(), event.priceTypeId(), event.currency());
            prices.add(new ProductView.Price(event.variantId(), event.priceTypeId(), event.currency(), event.amount()));
            return p.withPrices(prices);
        });
    }

    @EventHandler
    void on(PriceRemovedEvent event) {
        update(event.productId(), p -> p.withPrices(withoutPrice(p, event.variantId(), event.priceTypeId(), event.currency())));
    }

    @EventHandler
    void on(PropertyValueRenamedEvent event) {
        Query using = new Query(where("propertyFilters").is(event.propertyId() + "=" + event.valueId()));
        for (ProductView product : mongo.find(using, ProductView.class)) {
            save(product);
        }
    }

    private static List<ProductView.Price> withoutPrice(ProductView product, String variantId, String priceTypeId, String currency) {
        List<ProductView.Price> prices = new ArrayList<>(product.prices());
        prices.removeIf(price -> Objects.equals(price.variantId(), variantId) && price.priceTypeId().equals(priceTypeId)
                                 && price.currency().equals(currency));
        return prices;
    }

    private void update(String productId, UnaryOperator<ProductView> change) {
        ProductView product = mongo.findById(productId, ProductView.class);
        if (product != null) {
            save(change.apply(product));
        }
    }

    /** Saves the product with its search words computed from its current content. */
    private void save(ProductView product) {
        Map<String, PropertyView> definitions = new HashMap<>();
        product.properties().forEach(p -> properties.findById(p.propertyId()).ifPresent(d -> definitions.put(d.id(), d)));
        mongo.save(SearchTokens.indexed(product, definitions));
    }
}
