package io.salescrm.pipeline.deal.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.deal.query.DealHistory;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The access checks of deal commands, on the deal as the event store has it now: a deal the caller may not read
 * is not found (404, as in lists); one he may read but not change is a 403; per-pipeline and per-stage rules of
 * his roles apply, and so do the stages a role may move deals into.
 */
@Component
class DealWriteAccess {

    private final DealHistory deals;
    private final AccessPolicy policy;
    private final AccessModel model;
    private final CurrentEmployee current;

    DealWriteAccess(DealHistory deals, AccessPolicy policy, AccessModel model, CurrentEmployee current) {
        this.deals = deals;
        this.policy = policy;
        this.model = model;
        this.current = current;
    }

    /** The deal the caller may change, or 404 / 403. */
    DealView writable(String dealId) {
        String caller = current.id();
        DealView deal = deals.current(dealId)
                .filter(d -> allows(caller, Action.READ, d.pipelineId(), d.stageId(), d.responsibleId(), d.open()))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No deal with id " + dealId + "."));
        if (!allows(caller, Action.WRITE, deal.pipelineId(), deal.stageId(), deal.responsibleId(), deal.open())) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.WRITE, "Your roles do not allow changing this deal.");
        }
        return deal;
    }

    /** The caller may move the deal from its stage into {@code toStageId} of {@code toPipelineId}, or a 403. */
    void requireMove(DealView deal, String toPipelineId, String toStageId) {
        String caller = current.id();
        boolean samePipeline = toPipelineId.equals(deal.pipelineId());
        boolean allowed = policy.mayMoveDeal(caller, toPipelineId, samePipeline ? deal.stageId() : null, toStageId)
                && allows(caller, Action.WRITE, toPipelineId, toStageId, deal.responsibleId(), deal.open());
        if (!allowed) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.WRITE,
                    "Your roles do not allow moving deals into stage " + toStageId + " of pipeline " + toPipelineId + ".");
        }
    }

    /** Creating a deal for {@code responsibleId} in the stage needs ADD covering him there, or a 403. */
    void requireAdd(String pipelineId, String stageId, String responsibleId, boolean open) {
        if (!allows(current.id(), Action.ADD, pipelineId, stageId, responsibleId, open)) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.ADD,
                    "Your roles do not allow adding this deal (responsible: " + responsibleId + ").");
        }
        requireActive(responsibleId);
    }

    /** A deal may be handed only to an active employee whom the caller's WRITE rights cover there. */
    void requireNewResponsible(DealView deal, String responsibleId) {
        if (!allows(current.id(), Action.WRITE, deal.pipelineId(), deal.stageId(), responsibleId, deal.open())) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.WRITE,
                    "Your roles do not allow giving deals to " + responsibleId + ".");
        }
        requireActive(responsibleId);
    }

    private void requireActive(String responsibleId) {
        if (!responsibleId.equals(current.id()) && !model.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
    }

    private boolean allows(String employeeId, Action action, String pipelineId, String stageId, String responsibleId, boolean open) {
        return policy.scopeFor(employeeId, EntityType.DEAL, action, pipelineId, stageId).covers(responsibleId, open);
    }
}
