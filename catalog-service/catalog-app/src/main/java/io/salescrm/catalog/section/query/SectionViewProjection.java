package io.salescrm.catalog.section.query;

import io.salescrm.catalog.api.section.SectionArchivedEvent;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionMovedEvent;
import io.salescrm.catalog.api.section.SectionRenamedEvent;
import io.salescrm.catalog.config.CatalogViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code catalog_sections} up to date; every write sets absolute values, so a replayed event changes nothing. */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class SectionViewProjection {

    private final SectionViewRepository sections;

    public SectionViewProjection(SectionViewRepository sections) {
        this.sections = sections;
    }

    @EventHandler
    void on(SectionCreatedEvent event) {
        sections.save(new SectionView(event.sectionId(), event.name(), event.parentSectionId(), false));
    }

    @EventHandler
    void on(SectionRenamedEvent event) {
        sections.findById(event.sectionId()).ifPresent(s ->
                sections.save(new SectionView(s.id(), event.name(), s.parentSectionId(), s.archived())));
    }

    @EventHandler
    void on(SectionMovedEvent event) {
        sections.findById(event.sectionId()).ifPresent(s ->
                sections.save(new SectionView(s.id(), s.name(), event.toParentSectionId(), s.archived())));
    }

    @EventHandler
    void on(SectionArchivedEvent event) {
        sections.findById(event.sectionId()).ifPresent(s ->
                sections.save(new SectionView(s.id(), s.name(), s.parentSectionId(), true)));
    }
}
