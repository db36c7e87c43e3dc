package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A deal's product rows were replaced; {@code amount} is the deal's amount after it (the rows' sum when any). */
@Revision("1")
public record DealProductRowsSetEvent(
        String dealId,
        List<ProductRow> rows,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        Instant changedAt) {

    public DealProductRowsSetEvent {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
