-- Every article code and variant SKU in use, unique without regard to case (sku_key = upper case). Claimed by the
-- product command handlers in the same transaction as the events that give a product its code or a variant its
-- SKU, so two products can never end up with one SKU, whatever runs concurrently.
CREATE TABLE catalog_skus (
    sku_key     VARCHAR(64) NOT NULL PRIMARY KEY,
    sku         VARCHAR(64) NOT NULL,
    product_id  VARCHAR(64) NOT NULL,
    variant_id  VARCHAR(64)
);
CREATE INDEX catalog_skus_variant ON catalog_skus (variant_id);
