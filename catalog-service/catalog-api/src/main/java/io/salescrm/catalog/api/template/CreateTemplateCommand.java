package io.salescrm.catalog.api.template;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an offer or letter template. {@code subject} and {@code body} are template text: plain text with
 * placeholders of the documented vocabulary (see the README section "Offer and letter templates").
 */
public record CreateTemplateCommand(
        @TargetAggregateIdentifier String templateId,
        TemplateKind kind,
        String name,
        String subject,
        String body) {
}
