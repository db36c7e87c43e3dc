package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A deal was won (it entered a WON stage) with this amount; it is closed until reopened. */
@Revision("1")
public record DealWonEvent(
        String dealId,
        String pipelineId,
        String stageId,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        String responsibleId,
        Instant wonAt) {
}
