package io.salescrm.org.orgunit.web;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the {@code /units} endpoints. */
public final class OrgUnitRequests {

    private OrgUnitRequests() {
    }

    /** {@code POST /units}: a department or sales group under an open parent. */
    public record CreateOrgUnitRequest(
            @NotNull OrgUnitKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 64) String parentUnitId) {
    }

    /** {@code PUT /units/{id}/name}. */
    public record RenameOrgUnitRequest(@NotBlank @Size(max = 200) String name) {
    }

    /** {@code POST /units/{id}/move}. */
    public record MoveOrgUnitRequest(@NotBlank @Size(max = 64) String parentUnitId) {
    }

    /** {@code PUT /units/{id}/head}; a null {@code employeeId} removes the head. */
    public record SetOrgUnitHeadRequest(@Size(max = 64) String employeeId) {
    }
}
