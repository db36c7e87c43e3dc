package io.salescrm.analytics.admin;

import io.salescrm.analytics.api.RebuildProgress;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the read models is an administrator's act: ORG WRITE at level ALL. */
@RestController
public class RebuildController {

    private final AnalyticsRebuild rebuild;
    private final AccessPolicy access;
    private final CurrentEmployee currentEmployee;

    public RebuildController(AnalyticsRebuild rebuild, AccessPolicy access, CurrentEmployee currentEmployee) {
        this.rebuild = rebuild;
        this.access = access;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping("/admin/rebuild")
    @Operation(summary = "Empties the analytics read models and replays every consumed topic from its beginning (202); "
            + "figures are incomplete until GET /admin/rebuild reports caughtUp")
    public ResponseEntity<RebuildProgress> start() {
        requireAdministrator();
        rebuild.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.progress());
    }

    @GetMapping("/admin/rebuild")
    @Operation(summary = "Per topic partition the offset up to which every record has been applied against the partition's "
            + "end offset; caughtUp when everything in the topics at the time of asking is in the figures; when the last "
            + "rebuild started and the events handled since")
    public RebuildProgress progress() {
        requireAdministrator();
        return rebuild.progress();
    }

    private void requireAdministrator() {
        if (access.levelFor(currentEmployee.id(), EntityType.ORG, Action.WRITE) != AccessLevel.ALL) {
            throw new AccessDeniedProblem(EntityType.ORG, Action.WRITE, "Rebuilding analytics needs ORG WRITE at level ALL.");
        }
    }
}
