package io.salescrm.analytics.api;

import java.util.List;

/** One page of deal figures, rows ordered by period then key; amounts in {@code currency} (the base currency). */
public record DealFiguresReport(String granularity, Dimension by, String currency, int page, int size, long totalRows,
                                List<DealFigures> rows) {
}
