package io.salescrm.org.target.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a target, kept in MongoDB collection {@code target_revisions} under the id
 * {@code <targetId>:<revision>}: what changed ({@code change}: SET, REVISED, SPLIT, SPLIT_FINALISED,
 * SPLIT_WITHDRAWN, CANCELLED), when, by which request, and the target's figure after the change.
 */
@Document("target_revisions")
public record TargetRevisionView(
        @Id String id,
        @Indexed String targetId,
        int revision,
        String change,
        Instant at,
        String requestId,
        String measure,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        Long count,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal previousAmount,
        Long previousCount,
        TargetView.Growth growth,
        String parentTargetId,
        Integer parentSplitRevision,
        TargetView.Split split,
        List<String> releasedTargetIds,
        String note) {

    public static String idOf(String targetId, int revision) {
        return targetId + ":" + revision;
    }
}
