package io.salescrm.pipeline.deal.query;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.model.AccessEmployee;
import io.salescrm.platform.access.model.AccessModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The deals an employee may read, as one MongoDB filter. Usually that is his general READ scope on deals; when a
 * role of his narrows deal rights for a pipeline or a stage, deals there are filtered by the narrowed scope:
 * stages of a pipeline with the same scope share one clause, deals of pipelines without rules keep the general one.
 */
@Component
public class DealReadAccess {

    private final AccessPolicy policy;
    private final AccessModel model;
    private final MongoTemplate mongo;

    public DealReadAccess(AccessPolicy policy, AccessModel model, MongoTemplate mongo) {
        this.policy = policy;
        this.model = model;
        this.mongo = mongo;
    }

    /** The filter for {@code employeeId}, or a 403 problem when he may read no deal at all. */
    public Criteria readable(String employeeId) {
        AccessScope general = policy.scopeFor(employeeId, EntityType.DEAL, Action.READ);
        Set<String> narrowedPipelines = new TreeSet<>();
        model.employee(employeeId).filter(AccessEmployee::active).ifPresent(employee -> model.rolesOf(employee)
                .forEach(role -> role.dealRules().stream().map(DealStageRule::pipelineId).forEach(narrowedPipelines::add)));
        if (narrowedPipelines.isEmpty()) {
            requireSome(general.isNone());
            return scoped(general);
        }
        List<Criteria> clauses = new ArrayList<>();
        boolean any = !general.isNone();
        if (any) {
            clauses.add(new Criteria().andOperator(where(DealView.PIPELINE).nin(narrowedPipelines), scoped(general)));
        }
        for (String pipelineId : narrowedPipelines) {
            PipelineView pipeline = mongo.findById(pipelineId, PipelineView.class);
            if (pipeline == null) {
                continue;
            }
            Map<AccessScope, List<String>> stagesByScope = new LinkedHashMap<>();
            for (PipelineStage stage : pipeline.stages()) {
                stagesByScope.computeIfAbsent(policy.scopeFor(employeeId, EntityType.DEAL, Action.READ, pipelineId,
                        stage.stageId()), scope -> new ArrayList<>()).add(stage.stageId());
            }
            List<String> known = pipeline.stages().stream().map(PipelineStage::stageId).toList();
            AccessScope pipelineWide = policy.scopeFor(employeeId, EntityType.DEAL, Action.READ, pipelineId, null);
            stagesByScope.computeIfAbsent(pipelineWide, scope -> new ArrayList<>());
            for (var entry : stagesByScope.entrySet()) {
                if (entry.getKey().isNone()) {
                    continue;
                }
                any = true;
                Criteria stages = entry.getKey().equals(pipelineWide)
                        ? new Criteria().orOperator(where(DealView.STAGE).in(entry.getValue()), where(DealView.STAGE).nin(known))
                        : where(DealView.STAGE).in(entry.getValue());
                clauses.add(new Criteria().andOperator(where(DealView.PIPELINE).is(pipelineId), stages, scoped(entry.getKey())));
            }
        }
        requireSome(!any);
        return clauses.size() == 1 ? clauses.get(0) : new Criteria().orOperator(clauses);
    }

    private static Criteria scoped(AccessScope scope) {
        return scope.toCriteria(DealView.RESPONSIBLE, DealView.OPEN);
    }

    private static void requireSome(boolean none) {
        if (none) {
            throw new AccessDeniedProblem(EntityType.DEAL, Action.READ, "Your roles give no READ access to DEAL.");
        }
    }
}
