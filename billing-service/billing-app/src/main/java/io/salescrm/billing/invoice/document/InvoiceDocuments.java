package io.salescrm.billing.invoice.document;

import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.document.BillingDocument;
import io.salescrm.billing.document.DocumentFormat;
import io.salescrm.billing.document.SellerProperties;
import io.salescrm.billing.invoice.query.InvoiceView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice as the shared {@code DocumentRenderer} prints it: "Счёт на оплату № 2026-000123 от 02.03.2026" with
 * the requisites snapshotted at issue, the lines, VAT per rate (lines without VAT left out), the totals and the due
 * date; a draft is printed as such, without number and with the seller's requisites as configured now.
 */
@Component
public class InvoiceDocuments {

    private final SellerProperties seller;

    public InvoiceDocuments(SellerProperties seller) {
        this.seller = seller;
    }

    public BillingDocument document(InvoiceView invoice) {
        boolean draft = invoice.status() == InvoiceStatus.DRAFT;
        String heading = draft ? "Проект счёта на оплату" : "Счёт на оплату № " + invoice.number() + " от "
                + DocumentFormat.date(invoice.issueDate());
        List<String> notes = new ArrayList<>();
        if (invoice.dueDate() != null) {
            notes.add("Оплатить до " + DocumentFormat.date(invoice.dueDate()) + " включительно.");
        }
        if (invoice.number() != null) {
            notes.add("В назначении платежа укажите номер счёта " + invoice.number() + ".");
        }
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            notes.add("Счёт аннулирован.");
        }
        if (invoice.comment() != null) {
            notes.add(invoice.comment());
        }
        List<BillingDocument.Signature> signatures = seller.signatoryName() == null ? List.of()
                : List.of(new BillingDocument.Signature("Руководитель", seller.signatoryName(), seller.signatoryPosition(), null));
        return new BillingDocument(heading, invoice.number(), invoice.issueDate(),
                invoice.seller() != null ? invoice.seller() : sellerNow(), invoice.payer(), null, List.of(),
                invoice.lines().stream().map(InvoiceDocuments::line).toList(),
                invoice.vatLines().stream().filter(v -> v.vatRatePercent() != null).toList(),
                // discounts are shown on their lines; the totals start from the discounted net amounts
                new BillingDocument.Totals(invoice.netTotal(), BigDecimal.ZERO.setScale(invoice.netTotal().scale()),
                        invoice.netTotal(), invoice.vatTotal(), invoice.total()),
                invoice.currency(), notes, List.of(), signatures);
    }

    private PartyRequisites sellerNow() {
        return new PartyRequisites(seller.name(), seller.taxId(), seller.kpp(),
                seller.address(), seller.bankName(), seller.bic(), seller.settlementAccount(), seller.correspondentAccount());
    }

    private static BillingDocument.Line line(InvoiceLine l) {
        return new BillingDocument.Line(l.name(), l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(),
                l.vatRatePercent(), l.netAmount(), l.vatAmount(), l.totalAmount());
    }
}
