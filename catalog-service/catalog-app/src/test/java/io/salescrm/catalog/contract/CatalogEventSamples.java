package io.salescrm.catalog.contract;

import io.salescrm.catalog.api.bundle.BundleArchivedEvent;
import io.salescrm.catalog.api.bundle.BundleChangedEvent;
import io.salescrm.catalog.api.bundle.BundleCreatedEvent;
import io.salescrm.catalog.api.bundle.BundleItem;
import io.salescrm.catalog.api.bundle.BundlePrice;
import io.salescrm.catalog.api.price.BasePriceTypeChangedEvent;
import io.salescrm.catalog.api.price.PriceRemovedEvent;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.price.PriceTypeRenamedEvent;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.product.ProductVariant;
import io.salescrm.catalog.api.product.VariantAxisValueAddedEvent;
import io.salescrm.catalog.api.product.VariantChangedEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionChangedEvent;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyRenamedEvent;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueRetiredEvent;
import io.salescrm.catalog.api.section.SectionArchivedEvent;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionMovedEvent;
import io.salescrm.catalog.api.section.SectionRenamedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One sample of every published catalog event (sections, properties, products, prices, bundles, promotions). */
final class CatalogEventSamples {

    private static final String TREE = "catalog-sections";
    private static final String PRICE_TYPES = "catalog-price-types";
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    private static final List<PromotionTarget> TARGETS = List.of(new PromotionTarget(PromotionTargetType.SECTION, "sec-1"),
            new PromotionTarget(PromotionTargetType.VARIANT, "prod-1-v1"));
    private static final List<BundleItem> ITEMS = List.of(new BundleItem("prod-1", "prod-1-v1", new BigDecimal("2")),
            new BundleItem("prod-2", null, new BigDecimal("1.5")));
    private static final List<BundlePrice> BUNDLE_PRICES = List.of(new BundlePrice("retail", "RUB", new BigDecimal("4990.00")));
    private static final List<ProductPropertyValue> VALUES = List.of(new ProductPropertyValue("colour", List.of("red", "blue")),
            new ProductPropertyValue("weight", List.of("0.25")));

    private CatalogEventSamples() {
    }

    static final List<Object> ALL = List.of(
            new SectionCreatedEvent(TREE, "sec-2", "Shirts", "sec-1"),
            new SectionRenamedEvent(TREE, "sec-2", "Shirts and tops"),
            new SectionMovedEvent(TREE, "sec-2", "sec-1", null),
            new SectionArchivedEvent(TREE, "sec-2"),
            new PropertyDefinedEvent("colour", "Colour", PropertyType.LIST_MULTIPLE, null, List.of(new ListValue("red", "RED", "Red"))),
            new PropertyRenamedEvent("weight", "Net weight", "kg"),
            new PropertyValueAddedEvent("colour", "blue", "BLUE", "Blue"),
            new PropertyValueRenamedEvent("colour", "blue", "Navy"),
            new PropertyValueRetiredEvent("colour", "blue"),
            new ProductCreatedEvent("prod-1", "TSHIRT", ProductKind.PRODUCT, "T-shirt", "Cotton, 180 g/m2", "sec-2", "pcs",
                    VatRate.VAT_20, VALUES, AT),
            new ProductChangedEvent("prod-1", "T-shirt", null, "sec-2", "pcs", VatRate.NO_VAT, VALUES),
            new ProductArchivedEvent("prod-1"),
            new ProductRestoredEvent("prod-1"),
            new VariantsAddedEvent("prod-1", List.of("colour"), List.of(new ProductVariant("prod-1-v1", "TSHIRT-RED", Map.of("colour", "red")))),
            new VariantAxisValueAddedEvent("prod-1", "colour", "blue"),
            new VariantChangedEvent("prod-1", "prod-1-v1", "TS-RED-1", false),
            new PriceTypeDefinedEvent(PRICE_TYPES, "retail", "Retail", true),
            new PriceTypeRenamedEvent(PRICE_TYPES, "retail", "Retail price"),
            new BasePriceTypeChangedEvent(PRICE_TYPES, "wholesale", "retail"),
            new PriceSetEvent("prod-1", "prod-1-v1", "retail", "RUB", new BigDecimal("1290.00")),
            new PriceRemovedEvent("prod-1", null, "retail", "USD"),
            new BundleCreatedEvent("bundle-1", "Summer set", null, ITEMS, BUNDLE_PRICES),
            new BundleChangedEvent("bundle-1", "Summer set", "Two shirts and shorts", ITEMS, BUNDLE_PRICES),
            new BundleArchivedEvent("bundle-1"),
            new PromotionCreatedEvent("promo-1", "Spring sale", DiscountKind.PERCENT, new BigDecimal("15"), null, TARGETS,
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), 10),
            new PromotionChangedEvent("promo-1", "Spring sale", DiscountKind.FIXED, new BigDecimal("150.00"), "RUB", TARGETS,
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), 10),
            new PromotionCancelledEvent("promo-1", AT));
}
