package io.salescrm.pipeline.conversion.web;

import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /pipelines/{id}/inquiries} (variant 4: a simple-mode pipeline, no leads): who asked
 * ({@code person}, or an existing {@code contactId}), for which company ({@code company}, an existing
 * {@code companyId}, or none) and the inquiry itself, which becomes the deal. Amount defaults to zero, currency to
 * the base currency, stage to the pipeline's first in-progress one, {@code responsibleId} to the caller,
 * {@code open} to false.
 */
public record InquiryRequest(
        @Valid Person person,
        @Size(min = 1, max = 64) String contactId,
        @Valid Company company,
        @Size(min = 1, max = 64) String companyId,
        @NotBlank @Size(max = 200) String title,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @CurrencyCode String currency,
        LeadSource source,
        @Size(max = 4000) String comments,
        @Size(min = 1, max = 64) String stageId,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open) {

    /** The person who asked; a first or a last name is required. */
    public record Person(
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Size(max = 100) String middleName,
            @Size(max = 300) String position,
            @Size(max = 10) List<@NotNull @Valid Phone> phones,
            @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails) {

        List<Phone> phoneList() {
            return phones == null ? List.of() : phones;
        }

        List<String> emailList() {
            return emails == null ? List.of() : emails;
        }
    }

    /** The person's company; its name is required, a tax id (INN) is checked like any company's. */
    public record Company(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 20) String taxId,
            @Size(max = 300) String website,
            @Size(max = 10) List<@NotNull @Valid Phone> phones,
            @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails) {

        List<Phone> phoneList() {
            return phones == null ? List.of() : phones;
        }

        List<String> emailList() {
            return emails == null ? List.of() : emails;
        }
    }
}
