package io.salescrm.pipeline.activity.web;

import io.salescrm.pipeline.api.activity.ActivityType;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /activities/{id}}: fields left out stay as they are; an empty description clears it. */
public record ChangeActivityRequest(
        ActivityType type,
        @Size(min = 1, max = 200) String subject,
        @Size(max = 5000) String description,
        @Size(min = 1, max = 64) String responsibleId) {
}
