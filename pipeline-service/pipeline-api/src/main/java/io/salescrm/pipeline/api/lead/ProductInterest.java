package io.salescrm.pipeline.api.lead;

/** A catalog product (and optionally one of its variants) the lead is interested in. */
public record ProductInterest(String productId, String variantId) {
}
