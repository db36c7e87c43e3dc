package io.salescrm.org.api.role;

import java.util.List;

/**
 * Narrows deal permissions in one pipeline (and, when {@code stageId} is set, in one stage of it): the levels
 * here replace the role's general DEAL levels for deals there. {@code allowedTargetStageIds}, when not null, lists
 * the only stages of that pipeline the role may move deals into.
 */
public record DealStageRule(String pipelineId, String stageId, List<Permission> permissions, List<String> allowedTargetStageIds) {
}
