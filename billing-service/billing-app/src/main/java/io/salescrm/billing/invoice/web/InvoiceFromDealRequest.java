package io.salescrm.billing.invoice.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /invoices/from-deal}: the deal's product rows become the lines; its company (else its first contact) pays. */
public record InvoiceFromDealRequest(
        @NotBlank @Size(max = 64) String dealId,
        @Min(0) @Max(365) Integer paymentTermDays,
        @Size(max = 2000) String comment) {
}
