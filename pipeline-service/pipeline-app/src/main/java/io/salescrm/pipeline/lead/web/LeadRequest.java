package io.salescrm.pipeline.lead.web;

import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.lead.ProductInterest;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /leads} and {@code PUT /leads/{id}}. {@code expectedAmount} is a decimal string in
 * {@code currency} (default: the base currency). On creation {@code responsibleId} defaults to the caller unless
 * {@code distribute} is true: the lead is then left to sales-org's distribution rules; on change both are ignored
 * (reassigning has its own endpoint).
 */
public record LeadRequest(
        @NotBlank @Size(max = 200) String title,
        PersonName name,
        @Size(max = 300) String companyName,
        @Size(max = 300) String position,
        @Size(max = 10) List<Phone> phones,
        @Size(max = 10) List<@Size(max = 254) String> emails,
        @Size(max = 300) String website,
        PostalAddress address,
        LeadSource source,
        @Size(max = 500) String sourceNote,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal expectedAmount,
        @CurrencyCode String currency,
        @Size(max = 100) List<ProductInterest> products,
        @Size(max = 4000) String comments,
        @Size(max = 50) Map<String, String> customFields,
        @Size(max = 64) String pipelineId,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean distribute,
        Boolean open) {
}
