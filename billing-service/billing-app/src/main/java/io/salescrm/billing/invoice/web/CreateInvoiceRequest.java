package io.salescrm.billing.invoice.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /invoices}: an invoice typed in by hand for a company or contact (one of them is
 * required), optionally belonging to a deal. {@code responsibleId} defaults to the caller, {@code open} to false,
 * {@code paymentTermDays} (days from issue to due date) to 14, {@code vatIncluded} (the prices include VAT;
 * false: VAT is added on top) to true.
 */
public record CreateInvoiceRequest(
        @Size(min = 1, max = 64) String companyId,
        @Size(min = 1, max = 64) String contactId,
        @Size(min = 1, max = 64) String dealId,
        @NotNull @CurrencyCode String currency,
        Boolean vatIncluded,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull InvoiceLineRequest> lines,
        @Min(0) @Max(365) Integer paymentTermDays,
        @Size(max = 2000) String comment,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open) {
}
