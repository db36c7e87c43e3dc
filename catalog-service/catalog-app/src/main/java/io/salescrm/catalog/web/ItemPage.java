package io.salescrm.catalog.web;

import java.util.List;

/** One page of a list: at most {@link #MAX_SIZE} items. */
public record ItemPage<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;
}
