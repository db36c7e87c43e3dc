package io.salescrm.catalog.api.price;

/** The one list of price types of an installation: the aggregate id of every price type event and command. */
public final class PriceTypeList {

    public static final String ID = "catalog-price-types";

    private PriceTypeList() {
    }
}
