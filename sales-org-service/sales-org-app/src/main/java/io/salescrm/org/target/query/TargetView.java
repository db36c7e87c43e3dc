package io.salescrm.org.target.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A target as lists and screens show it, kept in MongoDB collection {@code target_targets}. Dates are ISO strings
 * ({@code 2026-04-01}); {@code periodCode} is the short name used by the {@code period} filter ({@code 2026-Q2}).
 * {@code status} is ACTIVE or CANCELLED; {@code split} is the latest split revision (null when there was none),
 * {@code childTargetIds} the children of the split in effect; {@code version} is the sequence number of the last
 * event applied.
 */
@Document("target_targets")
@CompoundIndex(name = "period_subject", def = "{'periodCode': 1, 'subjectType': 1, 'subjectId': 1}")
public record TargetView(
        @Id String id,
        int revision,
        String status,
        String periodType,
        String periodStart,
        String periodEnd,
        @Indexed String periodCode,
        String subjectType,
        @Indexed String subjectId,
        String measure,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        Long count,
        Growth growth,
        @Indexed String parentTargetId,
        Integer parentSplitRevision,
        Split split,
        List<String> childTargetIds,
        String note,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** How the value was computed: {@code percent} over the actual figure of the baseline period. */
    public record Growth(
            @Field(targetType = FieldType.DECIMAL128) BigDecimal percent,
            String baselinePeriodType,
            String baselinePeriodStart,
            String baselinePeriodEnd,
            String baselinePeriodCode,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal baselineAmount,
            Long baselineCount) {
    }

    /**
     * The latest split: its revision, status (DRAFT, FINAL or WITHDRAWN), parts, their total and the difference
     * target minus total (zero for a final split).
     */
    public record Split(
            int revision,
            String status,
            List<Part> parts,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal totalAmount,
            Long totalCount,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal differenceAmount,
            Long differenceCount,
            String note,
            Instant at) {
    }

    public record Part(
            String targetId,
            String subjectType,
            String subjectId,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            Long count) {
    }
}
