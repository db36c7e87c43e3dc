package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A deal was lost (it entered a LOST stage) for {@code lostReason}; it is closed until reopened. */
@Revision("1")
public record DealLostEvent(
        String dealId,
        String pipelineId,
        String stageId,
        String lostReason,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        String responsibleId,
        Instant lostAt) {
}
