package io.salescrm.billing.quote.delivery;

import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;
import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.document.BillingDocument;
import io.salescrm.billing.document.DocumentFormat;
import io.salescrm.billing.document.SellerProperties;
import io.salescrm.billing.quote.query.QuoteView;
import io.salescrm.billing.reference.party.CompanyReference;
import io.salescrm.billing.reference.party.ContactReference;
import io.salescrm.billing.reference.party.PartyReferences;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a quote version prints: the seller (configuration), the payer (company, else contact) and the version's content. */
@Component
public class QuoteDocuments {

    private final PartyReferences parties;
    private final SellerProperties seller;

    public QuoteDocuments(PartyReferences parties, SellerProperties seller) {
        this.parties = parties;
        this.seller = seller;
    }

    /** The quote's number as printed: "КП-" and the first 8 characters of its id, then the version. */
    public static String number(QuoteView quote, int version) {
        return "КП-" + quote.id().substring(0, Math.min(8, quote.id().length())).toUpperCase() + "/" + version;
    }

    public static String fileName(QuoteView quote, int version) {
        return "quote-" + quote.id() + "-v" + version + ".pdf";
    }

    public BillingDocument document(QuoteView quote, int version, QuoteContent content) {
        CompanyReference company = quote.companyId() == null ? null : parties.company(quote.companyId()).orElse(null);
        ContactReference contact = quote.contactId() == null ? null : parties.contact(quote.contactId()).orElse(null);
        PartyRequisites payer = company != null
                ? new PartyRequisites(company.printedName(), company.taxId(), company.kpp(), company.legalAddress(),
                        company.bank() == null ? null : company.bank().bankName(), company.bank() == null ? null : company.bank().bic(),
                        company.bank() == null ? null : company.bank().settlementAccount(),
                        company.bank() == null ? null : company.bank().correspondentAccount())
                : contact == null ? null : new PartyRequisites(contact.fullName(), null, null, contact.address(), null, null, null, null);
        String number = number(quote, version);
        var date = quote.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<BillingDocument.Line> lines = content.lines().stream().map(QuoteDocuments::line).toList();
        var totals = content.totals();
        List<String> before = new ArrayList<>();
        addIfPresent(before, content.greeting());
        addIfPresent(before, content.intro());
        List<String> after = new ArrayList<>();
        addIfPresent(after, content.closing());
        List<BillingDocument.Signature> signatures = new ArrayList<>();
        if (content.signature() != null) {
            signatures.add(new BillingDocument.Signature("Менеджер", content.signature().name(), content.signature().position(),
                    content.signature().email()));
        }
        if (seller.signatoryName() != null) {
            signatures.add(new BillingDocument.Signature("Руководитель", seller.signatoryName(), seller.signatoryPosition(), null));
        }
        return new BillingDocument("Коммерческое предложение № " + number + " от " + DocumentFormat.date(date), number, date,
                sellerRequisites(), payer, contact == null ? null : contact.fullName(), before, lines,
                vatLines(content.lines()), new BillingDocument.Totals(totals.subtotal(), totals.discount(), totals.net(),
                        totals.vat(), totals.gross()),
                content.currency(), List.of("Предложение действительно до " + DocumentFormat.date(content.validUntil()) + " включительно."),
                after, signatures);
    }

    private PartyRequisites sellerRequisites() {
        return new PartyRequisites(seller.name(), seller.taxId(), seller.kpp(), seller.address(), seller.bankName(),
                seller.bic(), seller.settlementAccount(), seller.correspondentAccount());
    }

    private static BillingDocument.Line line(QuoteLine l) {
        return new BillingDocument.Line(l.name(), l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(), l.vatRatePercent(),
                l.netAmount(), l.vatAmount(), l.totalAmount());
    }

    /** VAT per rate, lines without VAT left out. */
    private static List<VatLine> vatLines(List<QuoteLine> lines) {
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>();
        for (QuoteLine line : lines) {
            if (line.vatRatePercent() == null) {
                continue;
            }
            BigDecimal[] sums = byRate.computeIfAbsent(line.vatRatePercent().stripTrailingZeros(),
                    rate -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.netAmount());
            sums[1] = sums[1].add(line.vatAmount());
        }
        return byRate.entrySet().stream().map(e -> new VatLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static void addIfPresent(List<String> paragraphs, String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text);
        }
    }
}
