package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.catalog.api.price.PriceRemovedEvent;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.product.VariantChangedEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class ProductReferenceProjection {

    private final ReferenceWriter writer;

    ProductReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence) {
        writer.apply(ProductReference.class, event.productId(), sequence, ProductReference::version,
                current -> new ProductReference(event.productId(), event.code(), event.name(), event.description(), event.unit(), event.vatRate(),
                        event.sectionId(), false, List.of(), List.of(), sequence));
    }

    @EventHandler
    void on(ProductChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version,
                p -> new ProductReference(p.id(), p.code(), event.name(), event.description(), event.unit(), event.vatRate(), event.sectionId(),
                        p.archived(), p.variants(), p.prices(), sequence));
    }

    @EventHandler
    void on(ProductArchivedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version,
                p -> withArchived(p, true, sequence));
    }

    @EventHandler
    void on(ProductRestoredEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version,
                p -> withArchived(p, false, sequence));
    }

    @EventHandler
    void on(VariantsAddedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version, p -> {
            List<ProductReference.Variant> variants = new ArrayList<>(p.variants());
            event.variants().forEach(v -> {
                variants.removeIf(existing -> existing.variantId().equals(v.variantId()));
                variants.add(new ProductReference.Variant(v.variantId(), v.sku()));
            });
            return withVariants(p, variants, sequence);
        });
    }

    @EventHandler
    void on(VariantChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version,
                p -> withVariants(p, p.variants().stream()
                        .map(v -> v.variantId().equals(event.variantId()) ? new ProductReference.Variant(v.variantId(), event.sku()) : v)
                        .toList(), sequence));
    }

    @EventHandler
    void on(PriceSetEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version, p -> {
            List<ProductReference.Price> prices = withoutSlot(p, event.variantId(), event.priceTypeId(), event.currency());
            prices.add(new ProductReference.Price(event.variantId(), event.priceTypeId(), event.currency(), event.amount()));
            return withPrices(p, prices, sequence);
        });
    }

    @EventHandler
    void on(PriceRemovedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ProductReference.class, event.productId(), sequence, ProductReference::version,
                p -> withPrices(p, withoutSlot(p, event.variantId(), event.priceTypeId(), event.currency()), sequence));
    }

    private static List<ProductReference.Price> withoutSlot(ProductReference p, String variantId, String priceTypeId, String currency) {
        List<ProductReference.Price> prices = new ArrayList<>(p.prices());
        prices.removeIf(price -> price.sameSlot(variantId, priceTypeId, currency));
        return prices;
    }

    private static ProductReference withArchived(ProductReference p, boolean archived, long sequence) {
        return new ProductReference(p.id(), p.code(), p.name(), p.description(), p.unit(), p.vatRate(), p.sectionId(), archived,
                p.variants(), p.prices(), sequence);
    }

    private static ProductReference withVariants(ProductReference p, List<ProductReference.Variant> variants, long sequence) {
        return new ProductReference(p.id(), p.code(), p.name(), p.description(), p.unit(), p.vatRate(), p.sectionId(), p.archived(),
                List.copyOf(variants), p.prices(), sequence);
    }

    private static ProductReference withPrices(ProductReference p, List<ProductReference.Price> prices, long sequence) {
        return new ProductReference(p.id(), p.code(), p.name(), p.description(), p.unit(), p.vatRate(), p.sectionId(), p.archived(),
                p.variants(), List.copyOf(prices), sequence);
    }
}
