package io.salescrm.analytics.api;

import java.util.List;

/** One page of receivables, rows ordered by period then key; amounts in {@code currency} (the base currency). */
public record ReceivablesReport(String granularity, Dimension by, String currency, int page, int size, long totalRows,
                                List<ReceivableFigures> rows) {
}
