package io.salescrm.org.role.web;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.role.command.RoleRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies the role endpoints accept. Enum values are spelled as in the published language (e.g. {@code DEAL}). */
public final class RoleRequests {

    private RoleRequests() {
    }

    /** One matrix cell: on {@code entity}, {@code action} reaches {@code level}. */
    public record PermissionRequest(@NotNull EntityType entity, @NotNull Action action, @NotNull AccessLevel level) {

        Permission toPermission() {
            return new Permission(entity, action, level);
        }
    }

    /**
     * Narrows the DEAL cells in one pipeline (and, with {@code stageId}, one stage of it); when
     * {@code allowedTargetStageIds} is given, deals may be moved only into those stages.
     */
    public record DealRuleRequest(
            @NotBlank @Size(max = RoleRules.MAX_ID_LENGTH) String pipelineId,
            @Size(max = RoleRules.MAX_ID_LENGTH) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank when given") String stageId,
            @NotNull @Size(max = 6) List<@NotNull @Valid PermissionRequest> permissions,
            @Size(max = RoleRules.MAX_TARGET_STAGES) List<@NotBlank @Size(max = RoleRules.MAX_ID_LENGTH) String> allowedTargetStageIds) {

        DealStageRule toRule() {
            return new DealStageRule(pipelineId, stageId, permissions.stream().map(PermissionRequest::toPermission).toList(),
                    allowedTargetStageIds);
        }
    }

    /** The body of {@code POST /roles} and {@code PUT /roles/{id}}: the name and the whole matrix. */
    public record RoleRequest(
            @NotBlank @Size(max = RoleRules.MAX_NAME_LENGTH) String name,
            @NotNull @Size(max = RoleRules.MAX_CELLS) List<@NotNull @Valid PermissionRequest> permissions,
            @Size(max = RoleRules.MAX_DEAL_RULES) List<@NotNull @Valid DealRuleRequest> dealRules) {

        List<Permission> cells() {
            return permissions.stream().map(PermissionRequest::toPermission).toList();
        }

        List<DealStageRule> rules() {
            return dealRules == null ? List.of() : dealRules.stream().map(DealRuleRequest::toRule).toList();
        }
    }

    /** The body of {@code POST /roles/{id}/assignments}. */
    public record AssignmentRequest(
            @NotNull RoleSubject subjectType,
            @NotBlank @Size(max = RoleRules.MAX_ID_LENGTH) String subjectId) {
    }
}
