package io.salescrm.pipeline.conversion.web;

import io.salescrm.pipeline.lead.query.LeadView;

/**
 * What a conversion made: the deal, contact and company (created or existing ones linked; null: none), and the
 * lead they came from (null for a deal from a company or contact and for a simple-mode inquiry).
 */
public record ConversionResult(String leadId, String dealId, String contactId, String companyId) {

    static ConversionResult of(String leadId, LeadView.Conversion conversion) {
        return new ConversionResult(leadId, conversion.dealId(), conversion.contactId(), conversion.companyId());
    }
}
