package io.salescrm.pipeline.deal;

import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.deal.query.DealView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Read-model documents of deals for load harnesses that fill the read side directly (RUB, nothing optional set). */
public final class DealViewMother {

    private DealViewMother() {
    }

    public static DealView inStage(String id, String title, BigDecimal amount, Instant createdAt, String responsibleId,
                                   boolean open, String stageId, StageSemantics status) {
        return new DealView(id, title, DefaultPipeline.ID, stageId, status, amount, "RUB", "RUB", BigDecimal.ONE, amount,
                amount.movePointRight(2).longValueExact(), 10, List.of(), null, List.of(), null, responsibleId, open, null, null, null, null, null, Map.of(),
                createdAt, null, createdAt, 0);
    }

    /** A deal in the first stage of the default pipeline. */
    public static DealView newDeal(String id, String title, BigDecimal amount, Instant createdAt, String responsibleId, boolean open) {
        return inStage(id, title, amount, createdAt, responsibleId, open, DefaultPipeline.FIRST_STAGE, StageSemantics.IN_PROGRESS);
    }
}
