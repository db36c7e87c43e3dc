package io.salescrm.billing.api.invoice;

/**
 * The requisites an invoice prints for its payer or seller, as they were at issue: names, tax ids (INN, KPP), the
 * address and the bank account. Fields other than {@code name} may be null when unknown.
 */
public record PartyRequisites(
        String name,
        String taxId,
        String kpp,
        String address,
        String bankName,
        String bic,
        String settlementAccount,
        String correspondentAccount) {
}
