package io.salescrm.analytics.deal;

import io.salescrm.analytics.period.PeriodKeys;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One fact of a deal (its creation, or its closing as won or lost) and whom it belongs to: the responsible employee
 * at that instant and his primary org unit then ({@code groupId}), the pipeline and lead source then, and the key of
 * every period containing {@code at}. {@code amountInBase} is the deal's amount at that instant in the base currency
 * (at the rate the event carried).
 */
public record Attribution(
        Instant at,
        DealStatus outcome,
        String responsibleId,
        String groupId,
        String pipelineId,
        String source,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amountInBase,
        Map<String, String> periods) {

    public static Attribution of(Instant at, DealStatus outcome, String responsibleId, String groupId, String pipelineId,
                                 String source, BigDecimal amountInBase) {
        return new Attribution(at, outcome, responsibleId, groupId, pipelineId, source, amountInBase, PeriodKeys.of(at));
    }

    Attribution inGroup(String group) {
        return new Attribution(at, outcome, responsibleId, group, pipelineId, source, amountInBase, periods);
    }
}
