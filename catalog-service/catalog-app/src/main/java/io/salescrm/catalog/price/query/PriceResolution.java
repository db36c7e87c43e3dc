package io.salescrm.catalog.price.query;

import io.salescrm.catalog.api.bundle.BundlePrice;
import io.salescrm.catalog.api.promotion.PromotionRule;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.catalog.bundle.query.BundleView;
import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.promotion.query.PromotionView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.section.query.SectionQueries;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Resolves prices from the read models: base price (variant's own > product's), the promotions targeting the
 * product, the variant, the product's section or any section above it (or the bundle) that apply at the instant,
 * decided by {@link PromotionRule}; VAT from the product's rate on the final price, half-even to the minor unit.
 */
@Component
public class PriceResolution {

    private final MongoTemplate mongo;
    private final SectionQueries sections;

    public PriceResolution(MongoTemplate mongo, SectionQueries sections) {
        this.mongo = mongo;
        this.sections = sections;
    }

    public PriceQuote forProduct(String productId, String variantId, String priceTypeId, String currency, Instant at) {
        ProductView product = mongo.findById(productId, ProductView.class);
        if (product == null) {
            throw new NotFoundProblem("No product with id " + productId + ".");
        }
        if (variantId != null && product.variants().stream().noneMatch(v -> v.variantId().equals(variantId))) {
            throw new NotFoundProblem("Product " + productId + " has no variant " + variantId + ".");
        }
        ProductView.Price variantPrice = variantId == null ? null : price(product, variantId, priceTypeId, currency);
        ProductView.Price base = variantPrice != null ? variantPrice : price(product, null, priceTypeId, currency);
        if (base == null) {
            throw new NotFoundProblem("Product " + productId + (variantId == null ? "" : " variant " + variantId)
                    + " has no " + currency + " price of type " + priceTypeId + ".");
        }
        List<String> targets = new ArrayList<>();
        targets.add(PromotionView.key(PromotionTargetType.PRODUCT, productId));
        if (variantId != null) {
            targets.add(PromotionView.key(PromotionTargetType.VARIANT, variantId));
        }
        if (product.sectionId() != null) {
            sections.withAncestors(product.sectionId()).forEach(s -> targets.add(PromotionView.key(PromotionTargetType.SECTION, s)));
        }
        var applied = PromotionRule.best(applicable(targets, at), base.amount(), currency);
        BigDecimal finalPrice = applied.map(PromotionRule.Applied::price).orElse(PromotionRule.rounded(base.amount(), currency));
        BigDecimal vat = product.vatRate().percent() == null ? BigDecimal.ZERO.setScale(finalPrice.scale())
                : finalPrice.multiply(product.vatRate().percent()).divide(BigDecimal.valueOf(100)).setScale(finalPrice.scale(), RoundingMode.HALF_EVEN);
        return new PriceQuote(productId, variantId, null, priceTypeId, currency, at, base.amount(),
                variantPrice != null ? PriceQuote.OF_VARIANT : PriceQuote.OF_PRODUCT,
                applied.map(a -> applied(a.promotion())).orElse(null), finalPrice, product.vatRate(), vat, finalPrice.add(vat));
    }

    /** A bundle's price; VAT is left to the bundle's items (null here), as their rates may differ. */
    public PriceQuote forBundle(String bundleId, String priceTypeId, String currency, Instant at) {
        BundleView bundle = mongo.findById(bundleId, BundleView.class);
        if (bundle == null) {
            throw new NotFoundProblem("No bundle with id " + bundleId + ".");
        }
        BundlePrice base = bundle.prices().stream()
                .filter(p -> p.priceTypeId().equals(priceTypeId) && p.currency().equals(currency)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("Bundle " + bundleId + " has no " + currency + " price of type " + priceTypeId + "."));
        var applied = PromotionRule.best(applicable(List.of(PromotionView.key(PromotionTargetType.BUNDLE, bundleId)), at),
                base.amount(), currency);
        BigDecimal finalPrice = applied.map(PromotionRule.Applied::price).orElse(PromotionRule.rounded(base.amount(), currency));
        return new PriceQuote(null, null, bundleId, priceTypeId, currency, at, base.amount(), PriceQuote.OF_BUNDLE,
                applied.map(a -> applied(a.promotion())).orElse(null), finalPrice, null, null, null);
    }

    private List<PromotionView> applicable(List<String> targetKeys, Instant at) {
        Query query = new Query(where("targetKeys").in(targetKeys).and("validFrom").lte(at).and("validTo").gt(at));
        return mongo.find(query, PromotionView.class).stream().filter(p -> p.appliesAt(at)).toList();
    }

    private static ProductView.Price price(ProductView product, String variantId, String priceTypeId, String currency) {
        return product.prices().stream()
                .filter(p -> Objects.equals(p.variantId(), variantId) && p.priceTypeId().equals(priceTypeId) && p.currency().equals(currency))
                .findFirst().orElse(null);
    }

    private static PriceQuote.AppliedPromotion applied(PromotionView promotion) {
        return new PriceQuote.AppliedPromotion(promotion.id(), promotion.name(), promotion.kind(), promotion.value(),
                promotion.currency(), promotion.priority());
    }
}
