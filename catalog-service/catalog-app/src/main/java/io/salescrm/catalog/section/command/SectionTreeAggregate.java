package io.salescrm.catalog.section.command;

import io.salescrm.catalog.api.section.ArchiveSectionCommand;
import io.salescrm.catalog.api.section.CreateSectionCommand;
import io.salescrm.catalog.api.section.MoveSectionCommand;
import io.salescrm.catalog.api.section.RenameSectionCommand;
import io.salescrm.catalog.api.section.SectionArchivedEvent;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionMovedEvent;
import io.salescrm.catalog.api.section.SectionRenamedEvent;
import io.salescrm.catalog.api.section.SectionTree;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The whole section tree of the catalog as one aggregate with id {@link SectionTree#ID}, so that moves can be
 * checked for cycles against the tree as it is, one change at a time.
 */
@Aggregate
public class SectionTreeAggregate {

    public static final int MAX_SECTIONS = 5_000;
    public static final int MAX_DEPTH = 20;

    @AggregateIdentifier
    private String treeId;
    private final Map<String, Node> sections = new HashMap<>();

    private record Node(String name, String parentId, boolean archived) {
    }

    protected SectionTreeAggregate() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateSectionCommand command) {
        if (!SectionTree.ID.equals(command.treeId())) {
            throw new InvalidFieldException("treeId", "must be " + SectionTree.ID);
        }
        String sectionId = CatalogNames.id(command.sectionId(), "sectionId");
        String name = CatalogNames.name(command.name(), "name");
        if (sections.containsKey(sectionId)) {
            throw new ConflictException("section-exists", "A section with id " + sectionId + " already exists.");
        }
        if (command.parentSectionId() != null) {
            requireOpenParent(command.parentSectionId());
            if (depth(command.parentSectionId()) + 1 >= MAX_DEPTH) {
                throw tooDeep();
            }
        }
        if (sections.size() >= MAX_SECTIONS) {
            throw new RuleViolationException("catalog-too-large", "The catalog is limited to " + MAX_SECTIONS + " sections.");
        }
        apply(new SectionCreatedEvent(command.treeId(), sectionId, name, command.parentSectionId()));
    }

    @CommandHandler
    public void handle(RenameSectionCommand command) {
        Node section = existing(command.sectionId());
        String name = CatalogNames.name(command.name(), "name");
        if (!name.equals(section.name())) {
            apply(new SectionRenamedEvent(treeId, command.sectionId(), name));
        }
    }

    @CommandHandler
    public void handle(MoveSectionCommand command) {
        Node section = existing(command.sectionId());
        String target = command.parentSectionId();
        if (target != null) {
            requireOpenParent(target);
            if (isSelfOrDescendant(target, command.sectionId())) {
                throw new RuleViolationException("section-cycle", target.equals(command.sectionId())
                        ? "A section cannot be moved under itself."
                        : "Section " + command.sectionId() + " cannot be moved under " + target
                          + ", one of its own sub-sections: that would make a cycle.");
            }
            if (depth(target) + 1 + height(command.sectionId()) >= MAX_DEPTH) {
                throw tooDeep();
            }
        }
        if (!Objects.equals(target, section.parentId())) {
            apply(new SectionMovedEvent(treeId, command.sectionId(), section.parentId(), target));
        }
    }

    @CommandHandler
    public void handle(ArchiveSectionCommand command) {
        Node section = existing(command.sectionId());
        if (section.archived()) {
            return;
        }
        boolean activeChildren = sections.values().stream()
                .anyMatch(other -> command.sectionId().equals(other.parentId()) && !other.archived());
        if (activeChildren) {
            throw new RuleViolationException("section-has-active-subsections",
                    "Section " + command.sectionId() + " still has active sub-sections; archive or move them first.");
        }
        apply(new SectionArchivedEvent(treeId, command.sectionId()));
    }

    @EventSourcingHandler
    void on(SectionCreatedEvent event) {
        treeId = event.treeId();
        sections.put(event.sectionId(), new Node(event.name(), event.parentSectionId(), false));
    }

    @EventSourcingHandler
    void on(SectionRenamedEvent event) {
        Node node = sections.get(event.sectionId());
        sections.put(event.sectionId(), new Node(event.name(), node.parentId(), node.archived()));
    }

    @EventSourcingHandler
    void on(SectionMovedEvent event) {
        Node node = sections.get(event.sectionId());
        sections.put(event.sectionId(), new Node(node.name(), event.toParentSectionId(), node.archived()));
    }

    @EventSourcingHandler
    void on(SectionArchivedEvent event) {
        Node node = sections.get(event.sectionId());
        sections.put(event.sectionId(), new Node(node.name(), node.parentId(), true));
    }

    private Node existing(String sectionId) {
        Node node = sectionId == null ? null : sections.get(sectionId);
        if (node == null) {
            throw new NotFoundProblem("No section with id " + sectionId + ".");
        }
        return node;
    }

    private void requireOpenParent(String parentId) {
        Node parent = sections.get(parentId);
        if (parent == null) {
            throw new InvalidFieldException("parentSectionId", "is not a section of the catalog");
        }
        if (parent.archived()) {
            throw new RuleViolationException("section-archived", "Section " + parentId + " is archived and takes no sub-sections.");
        }
    }

    /** Levels above the section (0 at the top). */
    private int depth(String sectionId) {
        int depth = 0;
        for (String parent = sections.get(sectionId).parentId(); parent != null; parent = sections.get(parent).parentId()) {
            depth++;
        }
        return depth;
    }

    /** Levels below the section (0 for a leaf). */
    private int height(String sectionId) {
        return sections.entrySet().stream()
                .filter(entry -> sectionId.equals(entry.getValue().parentId()))
                .mapToInt(entry -> 1 + height(entry.getKey()))
                .max().orElse(0);
    }

    private boolean isSelfOrDescendant(String candidate, String sectionId) {
        for (String current = candidate; current != null; current = sections.get(current).parentId()) {
            if (current.equals(sectionId)) {
                return true;
            }
        }
        return false;
    }

    private static RuleViolationException tooDeep() {
        return new RuleViolationException("catalog-too-deep", "Sections nest at most " + MAX_DEPTH + " levels deep.");
    }
}
