package io.salescrm.catalog.api.template;

/** What a template is for: an offer of cooperation (commercial offer) or a commercial letter. */
public enum TemplateKind {
    OFFER, LETTER
}
