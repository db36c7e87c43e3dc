package io.salescrm.catalog.product.command;

import io.salescrm.catalog.api.price.AddPriceCommand;
import io.salescrm.catalog.api.price.ChangePriceCommand;
import io.salescrm.catalog.api.price.PriceRemovedEvent;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.price.RemovePriceCommand;
import io.salescrm.catalog.api.product.AddVariantAxisValueCommand;
import io.salescrm.catalog.api.product.ArchiveProductCommand;
import io.salescrm.catalog.api.product.ChangeProductCommand;
import io.salescrm.catalog.api.product.ChangeVariantCommand;
import io.salescrm.catalog.api.product.CreateProductCommand;
import io.salescrm.catalog.api.product.GenerateVariantsCommand;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.product.ProductVariant;
import io.salescrm.catalog.api.product.RestoreProductCommand;
import io.salescrm.catalog.api.product.VariantAxisValueAddedEvent;
import io.salescrm.catalog.api.product.VariantChangedEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.sku.SkuRegistry;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A product or service with its property values, its variants (one per combination of the values of its variant
 * axes, each with a catalog-wide unique SKU) and its prices per product/variant, price type and currency.
 * Event-sourced. Variants are only ever added: a new axis value adds the combinations it makes possible and leaves
 * existing variants (ids, SKUs, overrides) alone.
 */
@Aggregate
public class Product {

    public static final int MAX_AXES = 3;
    public static final int MAX_VARIANTS = 500;
    public static final int MAX_UNIT_LENGTH = 20;
    /** Article codes and SKUs: letters, digits, dot, underscore, hyphen. */
    static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    @AggregateIdentifier
    private String productId;
    private String code;
    private boolean active;
    private Map<String, List<String>> properties = new LinkedHashMap<>();
    private List<String> axes = List.of();
    private final Map<String, VariantState> variants = new LinkedHashMap<>();
    private final Set<PriceKey> prices = new HashSet<>();

    private record VariantState(String sku, Boolean available, Map<String, String> axisValues) {
    }

    private record PriceKey(String variantId, String priceTypeId, String currency) {
    }

    protected Product() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Product(CreateProductCommand command, CatalogReferences references, SkuRegistry skus) {
        CatalogNames.id(command.productId(), "productId");
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            throw new InvalidFieldException("code", "must be 1-40 letters, digits, '.', '_' or '-'");
        }
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "must be PRODUCT or SERVICE");
        }
        Details details = Details.validated(command.name(), command.description(), command.sectionId(), command.unit(),
                command.vatRate(), references);
        Map<String, List<String>> values = PropertyValues.validated(command.properties(), references, Map.of());
        skus.claim(command.code(), command.productId(), null);
        apply(new ProductCreatedEvent(command.productId(), command.code(), command.kind(), details.name(), details.description(),
                command.sectionId(), details.unit(), command.vatRate(), asList(values), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeProductCommand command, CatalogReferences references, SkuRegistry skus) {
        Details details = Details.validated(command.name(), command.description(), command.sectionId(), command.unit(),
                command.vatRate(), references);
        Map<String, List<String>> values = PropertyValues.validated(command.properties(), references, properties);
        for (String axis : axes) {
            List<String> kept = values.getOrDefault(axis, List.of());
            for (VariantState variant : variants.values()) {
                if (!kept.contains(variant.axisValues().get(axis))) {
                    throw new RuleViolationException("variant-axis-value-in-use", "Value " + variant.axisValues().get(axis)
                            + " of variant axis " + axis + " is used by variant " + variant.sku() + " and cannot be removed.");
                }
            }
        }
        apply(new ProductChangedEvent(productId, details.name(), details.description(), command.sectionId(), details.unit(),
                command.vatRate(), asList(values)));
        addMissingVariants(axes, references, skus);
    }

    @CommandHandler
    public void handle(ArchiveProductCommand command) {
        if (active) {
            apply(new ProductArchivedEvent(productId));
        }
    }

    @CommandHandler
    public void handle(RestoreProductCommand command) {
        if (!active) {
            apply(new ProductRestoredEvent(productId));
        }
    }

    @CommandHandler
    public void handle(GenerateVariantsCommand command, CatalogReferences references, SkuRegistry skus) {
        List<String> requested = command.axisPropertyIds() == null ? List.of() : command.axisPropertyIds();
        if (requested.isEmpty() || requested.size() > MAX_AXES || new HashSet<>(requested).size() != requested.size()) {
            throw new InvalidFieldException("axisPropertyIds", "must name 1-" + MAX_AXES + " different properties");
        }
        for (String axis : requested) {
            var definition = references.property(axis).orElse(null);
            if (definition == null || definition.type() != PropertyType.LIST_MULTIPLE || !properties.containsKey(axis)) {
                throw new InvalidFieldException("axisPropertyIds",
                        axis + " is not a LIST_MULTIPLE property with values on this product");
            }
        }
        if (!axes.isEmpty() && !axes.equals(requested)) {
            throw new RuleViolationException("variant-axes-fixed", "The variant axes of this product are already " + axes
                    + "; add values to them instead.");
        }
        addMissingVariants(requested, references, skus);
    }

    @CommandHandler
    public void handle(AddVariantAxisValueCommand command, CatalogReferences references, SkuRegistry skus) {
        if (!axes.contains(command.propertyId())) {
            throw new RuleViolationException("not-a-variant-axis", "Property " + command.propertyId() + " is not a variant axis of this product.");
        }
        var value = references.property(command.propertyId()).map(p -> p.values().get(command.valueId())).orElse(null);
        if (value == null) {
            throw new InvalidFieldException("valueId", "is not a value of property " + command.propertyId());
        }
        if (!properties.get(command.propertyId()).contains(command.valueId())) {
            if (value.retired()) {
                throw new InvalidFieldException("valueId", "is retired");
            }
            apply(new VariantAxisValueAddedEvent(productId, command.propertyId(), command.valueId()));
        }
        addMissingVariants(axes, references, skus);
    }

    @CommandHandler
    public void handle(ChangeVariantCommand command, SkuRegistry skus) {
        VariantState variant = existingVariant(command.variantId());
        String sku = command.sku() == null ? variant.sku() : command.sku();
        if (!SKU.matcher(sku).matches()) {
            throw new InvalidFieldException("sku", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (sku.equals(variant.sku()) && Objects.equals(command.available(), variant.available())) {
            return;
        }
        if (!sku.equals(variant.sku())) {
            skus.release(variant.sku());
            skus.claim(sku, productId, command.variantId());
        }
        apply(new VariantChangedEvent(productId, command.variantId(), sku, command.available()));
    }

    @CommandHandler
    public void handle(AddPriceCommand command, CatalogReferences references) {
        PriceKey key = priceKey(command.variantId(), command.priceTypeId(), command.currency(), references);
        Prices.requireValidAmount(command.amount(), command.currency(), "amount");
        if (prices.contains(key)) {
            throw new ConflictException("price-exists", "There already is a " + command.currency() + " price of type "
                    + command.priceTypeId() + " for this " + (command.variantId() == null ? "product" : "variant")
                    + "; change it instead.");
        }
        apply(new PriceSetEvent(productId, command.variantId(), command.priceTypeId(), command.currency(), command.amount()));
    }

    @CommandHandler
    public void handle(ChangePriceCommand command, CatalogReferences references) {
        PriceKey key = priceKey(command.variantId(), command.priceTypeId(), command.currency(), references);
        Prices.requireValidAmount(command.amount(), command.currency(), "amount");
        requireExistingPrice(key);
        apply(new PriceSetEvent(productId, command.variantId(), command.priceTypeId(), command.currency(), command.amount()));
    }

    @CommandHandler
    public void handle(RemovePriceCommand command) {
        PriceKey key = new PriceKey(command.variantId(), command.priceTypeId(), command.currency());
        requireExistingPrice(key);
        apply(new PriceRemovedEvent(productId, command.variantId(), command.priceTypeId(), command.currency()));
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        code = event.code();
        active = true;
        properties = asMap(event.properties());
    }

    @EventSourcingHandler
    void on(ProductChangedEvent event) {
        properties = asMap(event.properties());
    }

    @EventSourcingHandler
    void on(ProductArchivedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(ProductRestoredEvent event) {
        active = true;
    }

    @EventSourcingHandler
    void on(VariantAxisValueAddedEvent event) {
        List<String> values = new ArrayList<>(properties.getOrDefault(event.propertyId(), List.of()));
        values.add(event.valueId());
        properties.put(event.propertyId(), values);
    }

    @EventSourcingHandler
    void on(VariantsAddedEvent event) {
        axes = List.copyOf(event.axisPropertyIds());
        event.variants().forEach(v -> variants.put(v.variantId(), new VariantState(v.sku(), null, v.axisValues())));
    }

    @EventSourcingHandler
    void on(VariantChangedEvent event) {
        VariantState variant = variants.get(event.variantId());
        variants.put(event.variantId(), new VariantState(event.sku(), event.available(), variant.axisValues()));
    }

    @EventSourcingHandler
    void on(PriceSetEvent event) {
        prices.add(new PriceKey(event.variantId(), event.priceTypeId(), event.currency()));
    }

    @EventSourcingHandler
    void on(PriceRemovedEvent event) {
        prices.remove(new PriceKey(event.variantId(), event.priceTypeId(), event.currency()));
    }

    /** Adds a variant for every combination of the axes' values that has none; SKU = code + value codes. */
    private void addMissingVariants(List<String> axisIds, CatalogReferences references, SkuRegistry skus) {
        if (axisIds.isEmpty()) {
            return;
        }
        Set<Map<String, String>> existing = new HashSet<>();
        variants.values().forEach(v -> existing.add(v.axisValues()));
        List<Map<String, String>> combinations = combinations(axisIds);
        if (combinations.size() > MAX_VARIANTS) {
            throw new RuleViolationException("too-many-variants", "The axes' values make " + combinations.size()
                    + " combinations; a product has at most " + MAX_VARIANTS + " variants.");
        }
        Map<String, CatalogReferences.PropertyDefinition> definitions = new LinkedHashMap<>();
        axisIds.forEach(axis -> definitions.put(axis, references.property(axis).orElseThrow()));
        List<ProductVariant> added = new ArrayList<>();
        int next = variants.size() + 1;
        for (Map<String, String> combination : combinations) {
            if (existing.contains(combination)) {
                continue;
            }
            StringBuilder sku = new StringBuilder(code);
            axisIds.forEach(axis -> sku.append('-').append(definitions.get(axis).values().get(combination.get(axis)).code()));
            String variantId = productId + "-v" + next++;
            if (sku.length() > 64) {
                throw new RuleViolationException("sku-too-long", "The generated SKU " + sku + " is longer than 64 characters; use a shorter code.");
            }
            skus.claim(sku.toString(), productId, variantId);
            added.add(new ProductVariant(variantId, sku.toString(), combination));
        }
        if (!added.isEmpty()) {
            apply(new VariantsAddedEvent(productId, axisIds, added));
        }
    }

    private List<Map<String, String>> combinations(List<String> axisIds) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (String axis : axisIds) {
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : properties.getOrDefault(axis, List.of())) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(axis, value);
                    extended.add(combination);
                }
            }
            result = extended;
        }
        return result;
    }

    private PriceKey priceKey(String variantId, String priceTypeId, String currency, CatalogReferences references) {
        if (variantId != null) {
            existingVariant(variantId);
        }
        if (priceTypeId == null || !references.priceTypeExists(priceTypeId)) {
            throw new InvalidFieldException("priceTypeId", "is not a price type");
        }
        Prices.requireCurrency(currency, "currency");
        return new PriceKey(variantId, priceTypeId, currency);
    }

    private void requireExistingPrice(PriceKey key) {
        if (!prices.contains(key)) {
            throw new NotFoundProblem("There is no " + key.currency() + " price of type " + key.priceTypeId() + " for this "
                    + (key.variantId() == null ? "product" : "variant") + ".");
        }
    }

    private VariantState existingVariant(String variantId) {
        VariantState variant = variantId == null ? null : variants.get(variantId);
        if (variant == null) {
            throw new NotFoundProblem("Product " + productId + " has no variant " + variantId + ".");
        }
        return variant;
    }

    private static List<ProductPropertyValue> asList(Map<String, List<String>> values) {
        return values.entrySet().stream().map(e -> new ProductPropertyValue(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static Map<String, List<String>> asMap(List<ProductPropertyValue> values) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.propertyId(), new ArrayList<>(v.values())));
        return map;
    }

    /** The validated descriptive fields shared by creating and changing a product. */
    private record Details(String name, String description, String unit) {

        static Details validated(String name, String description, String sectionId, String unit,
                                 VatRate vatRate, CatalogReferences references) {
            String validName = CatalogNames.name(name, "name");
            String validDescription = description == null || description.isBlank() ? null : description.strip();
            if (validDescription != null && validDescription.length() > CatalogNames.MAX_DESCRIPTION_LENGTH) {
                throw new InvalidFieldException("description", "must be at most " + CatalogNames.MAX_DESCRIPTION_LENGTH + " characters");
            }
            if (unit == null || unit.isBlank() || unit.strip().length() > MAX_UNIT_LENGTH) {
                throw new InvalidFieldException("unit", "must be 1-" + MAX_UNIT_LENGTH + " characters, e.g. pcs, hour, kg");
            }
            if (vatRate == null) {
                throw new InvalidFieldException("vatRate", "must be one of NO_VAT, VAT_0, VAT_10, VAT_20");
            }
            if (sectionId != null && references.section(sectionId) != CatalogReferences.SectionStatus.ACTIVE) {
                throw new InvalidFieldException("sectionId", "is not an active section of the catalog");
            }
            return new Details(validName, validDescription, unit.strip());
        }
    }
}
