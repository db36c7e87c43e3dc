package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.money.Money;
import io.salescrm.catalog.api.promotion.PromotionRule;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Finds products, price types, templates and prices (with promotions applied) in billing's catalog read models. */
@Component
public class CatalogReferences {

    /** Deeper section trees than this are not expected; the bound only guards against a cycle in bad data. */
    private static final int MAX_SECTION_DEPTH = 50;

    private final MongoTemplate mongo;

    public CatalogReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ProductReference> product(String productId) {
        return Optional.ofNullable(mongo.findById(productId, ProductReference.class));
    }

    public Optional<PriceTypeReference> priceType(String priceTypeId) {
        return Optional.ofNullable(mongo.findById(priceTypeId, PriceTypeReference.class));
    }

    public Optional<PriceTypeReference> basePriceType() {
        return Optional.ofNullable(mongo.findOne(new Query(where("base").is(true)), PriceTypeReference.class));
    }

    public Optional<TemplateReference> template(String templateId) {
        return Optional.ofNullable(mongo.findById(templateId, TemplateReference.class));
    }

    /**
     * The price of a product or one of its variants for a price type and currency at {@code at}, as the catalog
     * resolves it: the variant's own price, else the product's; then the best promotion (PromotionRule) among
     * those targeting the product, the variant or the product's section or any section above it. Empty when no
     * such price is set (or the product is unknown).
     */
    public Optional<CatalogPrice> price(String productId, String variantId, String priceTypeId, String currency, Instant at) {
        ProductReference product = mongo.findById(productId, ProductReference.class);
        if (product == null) {
            return Optional.empty();
        }
        var own = variantId == null ? Optional.<ProductReference.Price>empty() : product.price(variantId, priceTypeId, currency);
        var base = own.isPresent() ? own : product.price(null, priceTypeId, currency);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<String> targets = new ArrayList<>();
        targets.add(PromotionReference.key(PromotionTargetType.PRODUCT, productId));
        if (variantId != null) {
            targets.add(PromotionReference.key(PromotionTargetType.VARIANT, variantId));
        }
        sectionWithAncestors(product.sectionId()).forEach(s -> targets.add(PromotionReference.key(PromotionTargetType.SECTION, s)));
        List<PromotionReference> applicable = mongo.find(new Query(where("targetKeys").in(targets)), PromotionReference.class)
                .stream().filter(p -> p.appliesAt(at)).toList();
        var applied = PromotionRule.best(applicable, base.get().amount(), currency);
        String sku = variantId == null ? product.code() : product.variant(variantId).map(ProductReference.Variant::sku).orElse(product.code());
        return Optional.of(new CatalogPrice(productId, variantId, product.name(), sku, product.unit(), product.vatRate(),
                Money.rounded(base.get().amount(), currency),
                applied.map(a -> a.promotion().id()).orElse(null), applied.map(a -> a.promotion().name()).orElse(null),
                applied.map(PromotionRule.Applied::price).orElse(Money.rounded(base.get().amount(), currency))));
    }

    private List<String> sectionWithAncestors(String sectionId) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = sectionId;
        while (current != null && seen.add(current) && chain.size() < MAX_SECTION_DEPTH) {
            chain.add(current);
            SectionReference section = mongo.findById(current, SectionReference.class);
            current = section == null ? null : section.parentId();
        }
        return chain;
    }
}
