package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * Replaces a deal's product rows, priced in {@code currency} (which becomes the deal's currency). The deal's amount
 * becomes the sum of the rows; with no rows it stays as it was and is manual again.
 */
public record SetDealProductRowsCommand(
        @TargetAggregateIdentifier String dealId,
        List<ProductRowLine> rows,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase) {

    public SetDealProductRowsCommand {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
