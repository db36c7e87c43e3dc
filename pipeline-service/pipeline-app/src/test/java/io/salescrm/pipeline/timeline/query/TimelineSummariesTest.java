package io.salescrm.pipeline.timeline.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineSummariesTest {

    private final TimelineSummaries summaries = new TimelineSummaries();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKnownEventTypeHasItsOwnSummary() {
        var payload = json.valueToTree(Map.of("type", "MEETING", "subject", "Demo", "dueAt", "2026-03-02T09:00:00Z"));
        assertThat(summaries.summarise("ActivityCreatedEvent", payload)).isEqualTo("Meeting added: Demo (due 2026-03-02T09:00:00Z)");
    }

    @Test
    void anyOtherEventIsItsTypeInWordsWithTheFieldsItCarriesButNotIds() {
        var payload = json.valueToTree(Map.of("dealId", "d-1", "stageId", "s-2", "probability", 40));
        assertThat(summaries.summarise("DealStageChangedEvent", payload))
                .startsWith("Deal stage changed: ").contains("probability").doesNotContain("dealId").doesNotContain("stageId");
    }

    @Test
    void stageMovesReassignmentsAndConversionsSayWhatChanged() {
        assertThat(summaries.summarise("DealMovedToStageEvent", json.valueToTree(Map.of("fromStageId", "new",
                "toStageId", "offer", "probability", 40)))).isEqualTo("Moved from stage new to offer (40%)");
        assertThat(summaries.summarise("DealReassignedEvent", json.valueToTree(Map.of("fromResponsibleId", "m-1",
                "responsibleId", "m-2")))).isEqualTo("Responsible changed from m-1 to m-2");
        assertThat(summaries.summarise("LeadConvertedEvent", json.valueToTree(Map.of("leadId", "l-1", "dealId", "d-1"))))
                .isEqualTo("Converted into deal d-1");
    }

    @Test
    void aSummaryIsBounded() {
        var payload = json.valueToTree(Map.of("title", "x".repeat(1000), "amount", "1", "currency", "RUB"));
        assertThat(summaries.summarise("DealCreatedEvent", payload)).hasSize(TimelineSummaries.MAX_SUMMARY_LENGTH);
    }

    @Test
    void categoriesFollowTheEventNames() {
        assertThat(TimelineCategory.of("ActivityDoneEvent")).isEqualTo(TimelineCategory.ACTIVITY);
        assertThat(TimelineCategory.of("DealStageChangedEvent")).isEqualTo(TimelineCategory.STAGE_MOVE);
        assertThat(TimelineCategory.of("LeadAssignedEvent")).isEqualTo(TimelineCategory.ASSIGNMENT);
        assertThat(TimelineCategory.of("ContactMergedIntoEvent")).isEqualTo(TimelineCategory.MERGE);
        assertThat(TimelineCategory.of("LeadConvertedEvent")).isEqualTo(TimelineCategory.CONVERSION);
        assertThat(TimelineCategory.of("DealCreatedEvent")).isEqualTo(TimelineCategory.CREATED);
        assertThat(TimelineCategory.of("CompanyDetailsChangedEvent")).isEqualTo(TimelineCategory.CHANGE);
    }
}
