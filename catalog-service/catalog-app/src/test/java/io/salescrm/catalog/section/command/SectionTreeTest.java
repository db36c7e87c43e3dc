package io.salescrm.catalog.section.command;

import io.salescrm.catalog.api.section.ArchiveSectionCommand;
import io.salescrm.catalog.api.section.CreateSectionCommand;
import io.salescrm.catalog.api.section.MoveSectionCommand;
import io.salescrm.catalog.api.section.RenameSectionCommand;
import io.salescrm.catalog.api.section.SectionArchivedEvent;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionMovedEvent;
import io.salescrm.catalog.api.section.SectionRenamedEvent;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.salescrm.catalog.api.section.SectionTree.ID;

class SectionTreeTest {

    private FixtureConfiguration<SectionTreeAggregate> fixture;

    /** clothes -> shirts -> t-shirts; shoes */
    private final Object[] tree = {
            new SectionCreatedEvent(ID, "clothes", "Clothes", null),
            new SectionCreatedEvent(ID, "shirts", "Shirts", "clothes"),
            new SectionCreatedEvent(ID, "t-shirts", "T-shirts", "shirts"),
            new SectionCreatedEvent(ID, "shoes", "Shoes", null)};

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SectionTreeAggregate.class);
    }

    @Test
    void theFirstSectionCreatesTheTree() {
        fixture.givenNoPriorActivity()
                .when(new CreateSectionCommand(ID, "clothes", " Clothes ", null))
                .expectEvents(new SectionCreatedEvent(ID, "clothes", "Clothes", null));
    }

    @Test
    void aSubSectionNeedsAnExistingParentAndAFreeId() {
        fixture.given(tree).when(new CreateSectionCommand(ID, "x", "X", "nowhere")).expectException(InvalidFieldException.class);
        fixture.given(tree).when(new CreateSectionCommand(ID, "shoes", "Shoes again", null)).expectException(ConflictException.class);
        fixture.given(tree).when(new CreateSectionCommand(ID, "polo", "Polo", "shirts"))
                .expectEvents(new SectionCreatedEvent(ID, "polo", "Polo", "shirts"));
    }

    @Test
    void aSectionMovesWithItsSubtree() {
        fixture.given(tree).when(new MoveSectionCommand(ID, "shirts", "shoes"))
                .expectEvents(new SectionMovedEvent(ID, "shirts", "clothes", "shoes"));
        fixture.given(tree).when(new MoveSectionCommand(ID, "shirts", null))
                .expectEvents(new SectionMovedEvent(ID, "shirts", "clothes", null));
    }

    @Test
    void movingUnderItselfOrADescendantIsACycle() {
        fixture.given(tree).when(new MoveSectionCommand(ID, "clothes", "t-shirts"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cycle"))
                .expectNoEvents();
        fixture.given(tree).when(new MoveSectionCommand(ID, "clothes", "clothes"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void renamingToTheSameNameRecordsNothing() {
        fixture.given(tree).when(new RenameSectionCommand(ID, "shoes", "Shoes")).expectNoEvents();
        fixture.given(tree).when(new RenameSectionCommand(ID, "shoes", "Boots"))
                .expectEvents(new SectionRenamedEvent(ID, "shoes", "Boots"));
        fixture.given(tree).when(new RenameSectionCommand(ID, "hats", "Hats")).expectException(NotFoundProblem.class);
    }

    @Test
    void aSectionWithActiveSubSectionsCannotBeArchivedAndAnArchivedOneTakesNoChildren() {
        fixture.given(tree).when(new ArchiveSectionCommand(ID, "shirts")).expectException(RuleViolationException.class);
        fixture.given(tree).when(new ArchiveSectionCommand(ID, "t-shirts"))
                .expectEvents(new SectionArchivedEvent(ID, "t-shirts"));
        fixture.given(tree[0], tree[1], tree[2], tree[3], new SectionArchivedEvent(ID, "shoes"))
                .when(new CreateSectionCommand(ID, "boots", "Boots", "shoes"))
                .expectException(RuleViolationException.class);
    }
}
