package io.salescrm.catalog.api.template;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Saves a new version of a template (name, subject and body replaced as a whole). {@code expectedVersion} is the
 * version the editor started from: saving over a newer version is refused.
 */
public record ChangeTemplateCommand(
        @TargetAggregateIdentifier String templateId,
        long expectedVersion,
        String name,
        String subject,
        String body) {
}
