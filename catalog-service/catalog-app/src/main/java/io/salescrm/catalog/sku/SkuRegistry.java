package io.salescrm.catalog.sku;

import java.util.Optional;

/**
 * The article codes and SKUs in use across the whole catalog, unique without regard to case. Written in the same
 * transaction as the events of the command that claims or releases a SKU, so it never disagrees with the event
 * store. Injected into the product command handlers.
 */
public interface SkuRegistry {

    /** Registers {@code sku} for the product ({@code variantId} null: its article code) or variant; a 409 if taken. */
    void claim(String sku, String productId, String variantId);

    void release(String sku);

    Optional<String> productOfVariant(String variantId);

    /** The product whose article code this is. */
    Optional<String> productOfCode(String code);
}
