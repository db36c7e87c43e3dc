package io.salescrm.pipeline.activity.merge;

import io.salescrm.pipeline.api.activity.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead, contact or company merged into a survivor (collection {@code activity_merged_records}, keyed "KIND:id"). */
@Document("activity_merged_records")
public record MergedRecord(@Id String key, String survivorId) {

    static String key(SubjectKind kind, String recordId) {
        return kind.name() + ":" + recordId;
    }
}
