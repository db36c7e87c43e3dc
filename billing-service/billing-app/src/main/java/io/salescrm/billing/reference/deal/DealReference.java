package io.salescrm.billing.reference.deal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.List;

/**
 * Billing's read model of a deal, from the pipeline topic: who answers for it (access rights on quotes and
 * invoices made from it default to him), its company and contacts (the payer), and its product rows.
 */
@Document("ref_deals")
public record DealReference(
        @Id String id,
        String title,
        BigDecimal amount,
        String currency,
        String responsibleId,
        boolean open,
        String companyId,
        List<String> contactIds,
        List<Row> rows,
        long version) {

    /**
     * A product row as the deal has it: {@code price} per unit, VAT included at {@code vatRate} percent (null: no
     * VAT); {@code discountType} PERCENT or AMOUNT (null: none); {@code total} after the discount.
     */
    public record Row(String rowId, String productId, String variantId, String name, String sku, BigDecimal price,
                      BigDecimal quantity, String discountType, BigDecimal discount, BigDecimal vatRate, BigDecimal total) {
    }
}
