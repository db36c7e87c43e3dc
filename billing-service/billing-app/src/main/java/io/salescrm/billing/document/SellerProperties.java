package io.salescrm.billing.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller's requisites every quote and invoice prints ({@code crm.billing.seller.*}): the company's legal name,
 * INN, KPP, address, bank details and the person who signs documents on its behalf.
 */
@ConfigurationProperties("crm.billing.seller")
public record SellerProperties(
        String name,
        String taxId,
        String kpp,
        String address,
        String bankName,
        String bic,
        String settlementAccount,
        String correspondentAccount,
        String signatoryName,
        String signatoryPosition) {
}
