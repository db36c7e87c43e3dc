package io.salescrm.catalog.sku;

import io.salescrm.platform.rules.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * {@link SkuRegistry} in table {@code catalog_skus} (migration V100) of the event store's database, joining the
 * transaction of the command being handled. Its primary key is what makes SKUs unique under concurrency.
 */
@Component
public class JdbcSkuRegistry implements SkuRegistry {

    private final JdbcTemplate jdbc;

    public JdbcSkuRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String sku, String productId, String variantId) {
        try {
            jdbc.update("INSERT INTO catalog_skus (sku_key, sku, product_id, variant_id) VALUES (?, ?, ?, ?)",
                    key(sku), sku, productId, variantId);
        } catch (DuplicateKeyException taken) {
            throw taken(sku);
        }
    }

    @Override
    public void release(String sku) {
        jdbc.update("DELETE FROM catalog_skus WHERE sku_key = ?", key(sku));
    }

    @Override
    public Optional<String> productOfVariant(String variantId) {
        return jdbc.queryForList("SELECT product_id FROM catalog_skus WHERE variant_id = ?", String.class, variantId)
                .stream().findFirst();
    }

    @Override
    public Optional<String> productOfCode(String code) {
        return jdbc.queryForList("SELECT product_id FROM catalog_skus WHERE sku_key = ? AND variant_id IS NULL", String.class, key(code))
                .stream().findFirst();
    }

    public static ConflictException taken(String sku) {
        return new ConflictException("sku-taken", "The SKU or article code " + sku + " is already in use in the catalog.");
    }

    private static String key(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }
}
