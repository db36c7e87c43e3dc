package io.salescrm.pipeline.conversion;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.conversion.PartyRecords.Party;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The access rules of conversions, for the caller of the current request: the records a conversion starts from
 * must be readable (else they are not found, as in lists) and changeable where it changes them; each record it
 * creates needs ADD covering its responsible employee (for deals, in the target pipeline and stage).
 */
@Component
public class ConversionAccess {

    private final AccessPolicy policy;
    private final AccessModel model;
    private final CurrentEmployee current;

    public ConversionAccess(AccessPolicy policy, AccessModel model, CurrentEmployee current) {
        this.policy = policy;
        this.model = model;
        this.current = current;
    }

    public String caller() {
        return current.id();
    }

    /** The caller may change the record: 404 when he may not even read it, 403 when he may only read it. */
    public void requireWritable(EntityType entity, String id, String responsibleId, boolean open) {
        if (!policy.scope(entity, Action.READ).covers(responsibleId, open)) {
            throw notFound(entity, id);
        }
        policy.require(entity, Action.WRITE, responsibleId, open);
    }

    /** The record named by a path: 404 when it does not exist or the caller may not read it, 422 when merged. */
    public Party readable(EntityType entity, String id, Optional<Party> party) {
        Party found = party.filter(p -> policy.scope(entity, Action.READ).covers(p.responsibleId(), p.open()))
                .orElseThrow(() -> notFound(entity, id));
        return notMerged(entity, found);
    }

    /** The record named by field {@code field} of a request: 400 when it does not exist or is not readable. */
    public Party readable(EntityType entity, String field, String id, Optional<Party> party) {
        Party found = party.filter(p -> policy.scope(entity, Action.READ).covers(p.responsibleId(), p.open()))
                .orElseThrow(() -> new InvalidFieldException(field, "is not a " + entity.name().toLowerCase() + " you may read"));
        return notMerged(entity, found);
    }

    public void requireAdd(EntityType entity, String responsibleId, boolean open) {
        policy.require(entity, Action.ADD, responsibleId, open);
    }

    /** Creating a deal for {@code responsibleId} in the stage needs ADD covering him there (per-pipeline/stage rules). */
    public void requireDealAdd(TargetStage stage, String responsibleId, boolean open) {
        if (!mayAddDeal(stage, responsibleId, open)) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.ADD,
                    "Your roles do not allow adding this deal (responsible: " + responsibleId + ").");
        }
    }

    public boolean mayAddDeal(TargetStage stage, String responsibleId, boolean open) {
        return policy.scopeFor(current.id(), EntityType.DEAL, Action.ADD, stage.pipelineId(), stage.stageId())
                .covers(responsibleId, open);
    }

    /** Records may be handed only to active employees (the caller himself always is one). */
    public void requireActive(String responsibleId) {
        if (!responsibleId.equals(current.id()) && !model.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
    }

    private static Party notMerged(EntityType entity, Party party) {
        if (party.mergedIntoId() != null) {
            throw new RuleViolationException("merged", "The " + entity.name().toLowerCase() + " " + party.id()
                    + " was merged into " + party.mergedIntoId() + "; use that one.");
        }
        return party;
    }

    private static ResponseStatusException notFound(EntityType entity, String id) {
        return new ResponseStatusException(NOT_FOUND, "No " + entity.name().toLowerCase() + " with id " + id + ".");
    }
}
