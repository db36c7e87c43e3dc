package io.salescrm.org.distribution.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.salescrm.org.api.distribution.ChangeDistributionRuleCommand;
import io.salescrm.org.api.distribution.CreateDistributionRuleCommand;
import io.salescrm.org.api.distribution.DeleteDistributionRuleCommand;
import io.salescrm.org.api.distribution.DistributionRuleChangedEvent;
import io.salescrm.org.api.distribution.DistributionRuleCreatedEvent;
import io.salescrm.org.api.distribution.DistributionRuleDeletedEvent;
import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.org.api.distribution.RoundRobinAdvancedEvent;
import io.salescrm.org.distribution.command.DistributionRoster.EmployeeStatus;
import io.salescrm.org.distribution.command.DistributionRoster.UnitStatus;
import io.salescrm.org.distribution.config.DistributionSnapshots;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A lead distribution rule: which leads it takes (sources, pipeline), where they go (target unit, strategy,
 * fallback), its priority, and its round-robin position (the employee it gave its last round-robin lead to).
 * Holding the position here makes the rule the consistency boundary of its rotation: proposals read it under the
 * aggregate's lock, and it moves only by {@link RoundRobinAdvancedEvent}, recorded after a decision (see the
 * package documentation). Snapshots every few events keep loading cheap however many leads the rule decided; the
 * snapshot is this object serialised by Jackson, hence the field visibility.
 */
@Aggregate(snapshotTriggerDefinition = DistributionSnapshots.TRIGGER, snapshotFilter = DistributionSnapshots.FILTER)
@Revision(DistributionSnapshots.REVISION)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DistributionRule {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PRIORITY = 1_000_000;

    @AggregateIdentifier
    private String ruleId;
    private String name;
    private List<String> sources = new ArrayList<>();
    private String pipelineId;
    private String targetUnitId;
    private DistributionStrategy strategy;
    private String fallbackEmployeeId;
    private int priority;
    /** The employee the rule gave its last round-robin lead to (null before the first), and that lead. */
    private String lastEmployeeId;
    private String lastLeadId;

    protected DistributionRule() {
        // required by Axon to rebuild the aggregate from its events, and by Jackson to read a snapshot
    }

    @CommandHandler
    public DistributionRule(CreateDistributionRuleCommand command, DistributionRoster roster) {
        requireId(command.ruleId(), "ruleId");
        Definition definition = Definition.validated(command.name(), command.sources(), command.pipelineId(),
                command.targetUnitId(), command.strategy(), command.fallbackEmployeeId(), command.priority(), roster);
        apply(new DistributionRuleCreatedEvent(command.ruleId(), definition.name(), definition.sources(),
                definition.pipelineId(), definition.targetUnitId(), definition.strategy(),
                definition.fallbackEmployeeId(), definition.priority()));
    }

    @CommandHandler
    public void handle(ChangeDistributionRuleCommand command, DistributionRoster roster) {
        Definition definition = Definition.validated(command.name(), command.sources(), command.pipelineId(),
                command.targetUnitId(), command.strategy(), command.fallbackEmployeeId(), command.priority(), roster);
        if (definition.equals(current())) {
            return;
        }
        apply(new DistributionRuleChangedEvent(ruleId, definition.name(), definition.sources(),
                definition.pipelineId(), definition.targetUnitId(), definition.strategy(),
                definition.fallbackEmployeeId(), definition.priority()));
    }

    @CommandHandler
    public void handle(DeleteDistributionRuleCommand command) {
        apply(new DistributionRuleDeletedEvent(ruleId));
    }

    /**
     * Whom this rule would give a lead now: among the active members of the target unit (in id order), the next
     * after the last round-robin pick, or the one with the fewest open leads (ties: smallest id); with nobody
     * active, the fallback employee if active; otherwise nobody, with the reason.
     */
    @CommandHandler
    public AssigneeProposal handle(ProposeAssigneeCommand command, DistributionRoster roster) {
        UnitStatus unit = roster.unitStatus(targetUnitId);
        List<String> candidates = unit == UnitStatus.OPEN
                ? roster.activeMembers(targetUnitId).stream().filter(Objects::nonNull).distinct().sorted().toList()
                : List.of();
        if (!candidates.isEmpty()) {
            String chosen = strategy == DistributionStrategy.ROUND_ROBIN
                    ? nextAfter(candidates, lastEmployeeId)
                    : fewestOpenLeads(candidates, roster.openLeads(candidates));
            return AssigneeProposal.of(ruleId, strategy, chosen);
        }
        if (fallbackEmployeeId != null && roster.employeeStatus(fallbackEmployeeId) == EmployeeStatus.ACTIVE) {
            return AssigneeProposal.fallbackTo(ruleId, strategy, fallbackEmployeeId);
        }
        String where = switch (unit) {
            case OPEN -> "Unit " + targetUnitId + " has no active employee";
            case CLOSED -> "Unit " + targetUnitId + " is closed";
            case UNKNOWN -> "Unit " + targetUnitId + " is unknown";
        };
        String fallback = fallbackEmployeeId == null ? "the rule has no fallback employee"
                : "the fallback employee " + fallbackEmployeeId + " is not active";
        return AssigneeProposal.nobody(ruleId, strategy, where + " and " + fallback + ".");
    }

    @CommandHandler
    public void handle(AdvanceRoundRobinCommand command) {
        if (command.leadId().equals(lastLeadId)) {
            return; // this decision already moved the position
        }
        apply(new RoundRobinAdvancedEvent(ruleId, command.leadId(), command.employeeId()));
    }

    @EventSourcingHandler
    void on(DistributionRuleCreatedEvent event) {
        this.ruleId = event.ruleId();
        define(event.name(), event.sources(), event.pipelineId(), event.targetUnitId(), event.strategy(),
                event.fallbackEmployeeId(), event.priority());
    }

    @EventSourcingHandler
    void on(DistributionRuleChangedEvent event) {
        define(event.name(), event.sources(), event.pipelineId(), event.targetUnitId(), event.strategy(),
                event.fallbackEmployeeId(), event.priority());
    }

    @EventSourcingHandler
    void on(DistributionRuleDeletedEvent event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(RoundRobinAdvancedEvent event) {
        this.lastEmployeeId = event.employeeId();
        this.lastLeadId = event.leadId();
    }

    static String nextAfter(List<String> sortedCandidates, String last) {
        if (last != null) {
            for (String candidate : sortedCandidates) {
                if (candidate.compareTo(last) > 0) {
                    return candidate;
                }
            }
        }
        return sortedCandidates.get(0);
    }

    static String fewestOpenLeads(List<String> sortedCandidates, Map<String, Long> openLeads) {
        return sortedCandidates.stream()
                .min(Comparator.<String>comparingLong(id -> openLeads.getOrDefault(id, 0L)).thenComparing(id -> id))
                .orElseThrow();
    }

    private void define(String name, List<String> sources, String pipelineId, String targetUnitId,
                        DistributionStrategy strategy, String fallbackEmployeeId, int priority) {
        this.name = name;
        this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
        this.pipelineId = pipelineId;
        this.targetUnitId = targetUnitId;
        this.strategy = strategy;
        this.fallbackEmployeeId = fallbackEmployeeId;
        this.priority = priority;
    }

    private Definition current() {
        return new Definition(name, List.copyOf(sources), pipelineId, targetUnitId, strategy, fallbackEmployeeId, priority);
    }

    private static String requireId(String id, String field) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be 1-" + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    /** A rule's definition as validated from a command: names stripped, sources distinct in declaration order. */
    record Definition(String name, List<String> sources, String pipelineId, String targetUnitId,
                      DistributionStrategy strategy, String fallbackEmployeeId, int priority) {

        static Definition validated(String name, List<String> sources, String pipelineId, String targetUnitId,
                                    DistributionStrategy strategy, String fallbackEmployeeId, int priority,
                                    DistributionRoster roster) {
            if (name == null || name.isBlank()) {
                throw new InvalidFieldException("name", "must not be blank");
            }
            if (name.strip().length() > MAX_NAME_LENGTH) {
                throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
            }
            if (pipelineId != null) {
                requireId(pipelineId, "pipelineId");
            }
            requireId(targetUnitId, "targetUnitId");
            if (strategy == null) {
                throw new InvalidFieldException("strategy", "must be one of ROUND_ROBIN, FEWEST_OPEN_LEADS");
            }
            if (priority < 0 || priority > MAX_PRIORITY) {
                throw new InvalidFieldException("priority", "must be between 0 and " + MAX_PRIORITY);
            }
            List<String> validSources = validSources(sources);
            switch (roster.unitStatus(targetUnitId)) {
                case UNKNOWN -> throw new UnknownReferenceException("targetUnitId", "unit", targetUnitId);
                case CLOSED -> throw new RuleViolationException("unit-closed",
                        "Unit " + targetUnitId + " is closed; leads can only go to an open unit.");
                case OPEN -> {
                    // fine
                }
            }
            if (fallbackEmployeeId != null) {
                requireId(fallbackEmployeeId, "fallbackEmployeeId");
                switch (roster.employeeStatus(fallbackEmployeeId)) {
                    case UNKNOWN -> throw new UnknownReferenceException("fallbackEmployeeId", "employee", fallbackEmployeeId);
                    case INACTIVE -> throw new RuleViolationException("fallback-inactive",
                            "Employee " + fallbackEmployeeId + " is not active and cannot be the fallback.");
                    case ACTIVE -> {
                        // fine
                    }
                }
            }
            return new Definition(name.strip(), validSources, pipelineId, targetUnitId, strategy, fallbackEmployeeId, priority);
        }

        private static List<String> validSources(List<String> sources) {
            if (sources == null) {
                return List.of();
            }
            Set<LeadSource> known = EnumSet.noneOf(LeadSource.class);
            for (String source : sources) {
                try {
                    known.add(LeadSource.valueOf(Objects.requireNonNull(source)));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    throw new InvalidFieldException("sources", "must be names of lead sources: " + EnumSet.allOf(LeadSource.class));
                }
            }
            return known.stream().map(Enum::name).toList();
        }
    }
}
