package io.salescrm.pipeline.api.company;

/**
 * A company's bank requisites as invoices print them: {@code bic} 9 digits, {@code settlementAccount} 20 digits,
 * {@code correspondentAccount} 20 digits (optional).
 */
public record BankDetails(String bankName, String bic, String settlementAccount, String correspondentAccount) {
}
