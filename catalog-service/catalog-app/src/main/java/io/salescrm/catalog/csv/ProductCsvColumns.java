package io.salescrm.catalog.csv;

import java.util.List;

/**
 * The CSV format of products: one row per product, the fixed columns below, then one column per property
 * ({@code property:<propertyId>}; list values by their codes joined with {@code |}) and one per product price
 * ({@code price:<priceTypeId>:<currency>}, a plain decimal). Variants and their prices are not part of it.
 */
final class ProductCsvColumns {

    static final String CODE = "code";
    static final String KIND = "kind";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String SECTION = "sectionId";
    static final String UNIT = "unit";
    static final String VAT = "vatRate";
    static final String ACTIVE = "active";
    static final List<String> FIXED = List.of(CODE, KIND, NAME, DESCRIPTION, SECTION, UNIT, VAT, ACTIVE);

    static final String PROPERTY_PREFIX = "property:";
    static final String PRICE_PREFIX = "price:";
    static final String LIST_SEPARATOR = "|";

    private ProductCsvColumns() {
    }

    static String property(String propertyId) {
        return PROPERTY_PREFIX + propertyId;
    }

    static String price(String priceTypeId, String currency) {
        return PRICE_PREFIX + priceTypeId + ":" + currency;
    }
}
