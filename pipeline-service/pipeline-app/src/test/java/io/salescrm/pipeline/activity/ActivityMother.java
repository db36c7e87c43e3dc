package io.salescrm.pipeline.activity;

import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.CreateActivityCommand;
import io.salescrm.pipeline.api.activity.SubjectKind;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data for activities: a valid call on a deal by default, varied one field at a time. */
public final class ActivityMother {

    public static final String RESPONSIBLE = "manager-1";
    public static final String DEAL = "deal-1";
    public static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");

    private ActivityMother() {
    }

    public static CreateActivityCommand call(String id) {
        return new CreateActivityCommand(id, SubjectKind.DEAL, DEAL, ActivityType.CALL, "Call the buyer", null, DUE, 15, RESPONSIBLE);
    }

    public static CreateActivityCommand ofType(String id, ActivityType type, Instant dueAt) {
        return new CreateActivityCommand(id, SubjectKind.DEAL, DEAL, type, "Touch", null, dueAt, null, RESPONSIBLE);
    }

    /** A JSON body for POST /activities. */
    public static Map<String, Object> requestBody(SubjectKind kind, String subjectId, ActivityType type, String subject, Instant dueAt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("subjectKind", kind == null ? null : kind.name());
        body.put("subjectId", subjectId);
        body.put("type", type == null ? null : type.name());
        body.put("subject", subject);
        body.put("dueAt", dueAt == null ? null : dueAt.toString());
        return body;
    }

    /** A JSON body for POST /activities: a call on the deal, due at {@code dueAt}, for {@code responsibleId} (null: the caller). */
    public static Map<String, Object> callOnDeal(String dealId, Instant dueAt, String responsibleId) {
        var body = requestBody(SubjectKind.DEAL, dealId, ActivityType.CALL, "Call about the offer", dueAt);
        body.put("durationMinutes", 20);
        body.put("responsibleId", responsibleId);
        return body;
    }
}
