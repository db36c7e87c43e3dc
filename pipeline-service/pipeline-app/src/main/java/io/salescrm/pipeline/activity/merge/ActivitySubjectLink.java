package io.salescrm.pipeline.activity.merge;

import io.salescrm.pipeline.api.activity.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which record an activity is on, as the merge follower last saw it (collection {@code activity_merge_links}). */
@Document("activity_merge_links")
public record ActivitySubjectLink(@Id String activityId, SubjectKind subjectKind, @Indexed String subjectId) {
}
