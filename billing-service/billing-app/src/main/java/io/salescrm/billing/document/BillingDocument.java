package io.salescrm.billing.document;

import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a quote or invoice document prints, already decided (the renderer computes nothing): the heading
 * (e.g. "Счёт на оплату № 2026-000123 от 28.11.2026"), seller and payer requisites, the person addressed,
 * paragraphs before the table (greeting, introduction), the lines, VAT per rate, totals in {@code currency}, notes
 * after the totals (validity, payment terms), paragraphs after (closing) and the signatures.
 */
public record BillingDocument(
        String heading,
        String number,
        LocalDate date,
        PartyRequisites seller,
        PartyRequisites payer,
        String addressee,
        List<String> paragraphsBefore,
        List<Line> lines,
        List<VatLine> vatLines,
        Totals totals,
        String currency,
        List<String> notes,
        List<String> paragraphsAfter,
        List<Signature> signatures) {

    public BillingDocument {
        paragraphsBefore = paragraphsBefore == null ? List.of() : List.copyOf(paragraphsBefore);
        lines = lines == null ? List.of() : List.copyOf(lines);
        vatLines = vatLines == null ? List.of() : List.copyOf(vatLines);
        notes = notes == null ? List.of() : List.copyOf(notes);
        paragraphsAfter = paragraphsAfter == null ? List.of() : List.copyOf(paragraphsAfter);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** A printed line; {@code vatRatePercent} null prints "без НДС". */
    public record Line(String name, String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                       BigDecimal vatRatePercent, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal totalAmount) {
    }

    /** {@code discount} may be zero; {@code gross} is what the payer pays. */
    public record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    /** Who signs: {@code role} as printed before the name (e.g. "Менеджер", "Руководитель"). */
    public record Signature(String role, String name, String position, String email) {
    }
}
