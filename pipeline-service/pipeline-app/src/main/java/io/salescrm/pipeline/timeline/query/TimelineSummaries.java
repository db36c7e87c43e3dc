package io.salescrm.pipeline.timeline.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A short human summary of an event for a timeline: a summariser for the event types people look at most, and
 * for any other type its name in words with the fields it carries ("Deal stage changed: stageId, probability").
 */
@Component
public class TimelineSummaries {

    static final int MAX_SUMMARY_LENGTH = 300;
    private static final int MAX_LISTED_FIELDS = 8;

    private final Map<String, Function<JsonNode, String>> byType = Map.ofEntries(
            Map.entry("ActivityCreatedEvent", p -> words(p.path("type").asText()) + " added: " + text(p, "subject")
                    + (p.hasNonNull("dueAt") ? " (due " + text(p, "dueAt") + ")" : "")),
            Map.entry("ActivityDoneEvent", p -> "Activity done" + (p.hasNonNull("result") ? ": " + text(p, "result") : "")),
            Map.entry("ActivityUndoneEvent", p -> "Activity reopened"),
            Map.entry("ActivityRescheduledEvent", p -> "Activity rescheduled to " + text(p, "dueAt")),
            Map.entry("ActivityChangedEvent", p -> "Activity changed: " + list(p.path("changedFields"))),
            Map.entry("ActivityDeletedEvent", p -> "Activity deleted"),
            Map.entry("ActivityMovedEvent", p -> "Activity moved here from merged record " + text(p, "fromSubjectId")),
            Map.entry("DealCreatedEvent", p -> "Deal created: " + text(p, "title") + ", " + text(p, "amount") + " " + text(p, "currency")),
            Map.entry("LeadCreatedEvent", p -> "Lead created: " + text(p.path("details"), "title")),
            Map.entry("ContactCreatedEvent", p -> "Contact created"),
            Map.entry("CompanyCreatedEvent", p -> "Company created: " + text(p.path("details"), "name")),
            Map.entry("LeadMergedIntoEvent", p -> "Merged into lead " + text(p, "survivorId")),
            Map.entry("ContactMergedIntoEvent", p -> "Merged into contact " + text(p, "survivorId")),
            Map.entry("CompanyMergedIntoEvent", p -> "Merged into company " + text(p, "survivorId")),
            Map.entry("LeadRemovedEvent", p -> "Lead removed: " + text(p, "reason")),
            Map.entry("LeadAssignedEvent", p -> "Responsible set to " + text(p, "responsibleId")),
            Map.entry("ContactAssignedEvent", p -> "Responsible set to " + text(p, "responsibleId")),
            Map.entry("CompanyAssignedEvent", p -> "Responsible set to " + text(p, "responsibleId")),
            Map.entry("DealReassignedEvent", p -> "Responsible changed from " + text(p, "fromResponsibleId")
                    + " to " + text(p, "responsibleId")),
            Map.entry("DealMovedToStageEvent", p -> "Moved from stage " + text(p, "fromStageId") + " to "
                    + text(p, "toStageId") + " (" + text(p, "probability") + "%)"),
            Map.entry("DealWonEvent", p -> "Deal won: " + text(p, "amount") + " " + text(p, "currency")),
            Map.entry("DealLostEvent", p -> "Deal lost: " + text(p, "lostReason")),
            Map.entry("DealReopenedEvent", p -> "Deal reopened"),
            Map.entry("LeadStatusChangedEvent", p -> "Status changed from " + text(p, "from") + " to " + text(p, "to")
                    + (p.hasNonNull("reason") ? ": " + text(p, "reason") : "")),
            Map.entry("LeadConvertedEvent", p -> "Converted" + converted(p)));

    public String summarise(String eventType, JsonNode payload) {
        Function<JsonNode, String> summariser = byType.get(eventType);
        String summary = summariser != null ? summariser.apply(payload) : generic(eventType, payload);
        return summary.length() <= MAX_SUMMARY_LENGTH ? summary : summary.substring(0, MAX_SUMMARY_LENGTH - 1) + "…";
    }

    /** "DealStageChangedEvent" with fields -> "Deal stage changed: stageId, probability" (ids left out). */
    private static String generic(String eventType, JsonNode payload) {
        String name = words(eventType.endsWith("Event") ? eventType.substring(0, eventType.length() - 5) : eventType);
        List<String> fields = new ArrayList<>();
        payload.fieldNames().forEachRemaining(field -> {
            if (!payload.get(field).isNull() && !field.endsWith("Id") && fields.size() < MAX_LISTED_FIELDS) {
                fields.add(field);
            }
        });
        return fields.isEmpty() ? name : name + ": " + String.join(", ", fields);
    }

    /** "DealStageChanged" or "MEETING" -> "Deal stage changed" / "Meeting". */
    static String words(String name) {
        String spaced = name.contains("_") || name.equals(name.toUpperCase())
                ? name.replace('_', ' ').toLowerCase()
                : name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** " into deal d, contact c" for the parts a conversion created or used. */
    private static String converted(JsonNode payload) {
        List<String> parts = new ArrayList<>();
        for (String kind : List.of("deal", "contact", "company")) {
            if (payload.hasNonNull(kind + "Id")) {
                parts.add(kind + " " + text(payload, kind + "Id"));
            }
        }
        return parts.isEmpty() ? "" : " into " + String.join(", ", parts);
    }

    private static String text(JsonNode payload, String field) {
        return payload.path(field).asText("");
    }

    private static String list(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(", ", items);
    }
}
