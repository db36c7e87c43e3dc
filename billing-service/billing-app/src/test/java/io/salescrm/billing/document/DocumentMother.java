package io.salescrm.billing.document;

import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents to render in tests: a seller, the payer «ООО Ромашка» and lines at 20 % VAT. */
public final class DocumentMother {

    public static final PartyRequisites SELLER = new PartyRequisites("ООО «Продавец»", "7701234567", "770101001",
            "101000, Москва, ул. Мясницкая, д. 2", "АО «Банк»", "044525000", "40702810000000000001", "30101810000000000000");
    public static final PartyRequisites PAYER = new PartyRequisites("ООО Ромашка", "7707083893", "773601001",
            "125009, Москва, ул. Тверская, д. 1", "ПАО Сбербанк", "044525225", "40702810938000000001", "30101810400000000225");

    private DocumentMother() {
    }

    /** {@code lineCount} lines of 2 x 600.00 at 20 % VAT: net 1200.00, VAT 240.00, total 1440.00 each. */
    public static BillingDocument quote(int lineCount) {
        List<BillingDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(new BillingDocument.Line("Кресло офисное, модель " + i + " (эргономичное, с подлокотниками)", "шт",
                    new BigDecimal("2"), new BigDecimal("600.00"), BigDecimal.ZERO, new BigDecimal("20"),
                    new BigDecimal("1200.00"), new BigDecimal("240.00"), new BigDecimal("1440.00")));
        }
        BigDecimal n = BigDecimal.valueOf(lineCount);
        BigDecimal net = new BigDecimal("1200.00").multiply(n);
        BigDecimal vat = new BigDecimal("240.00").multiply(n);
        return new BillingDocument("Коммерческое предложение № КП-1 от 28.11.2026", "КП-1", LocalDate.of(2026, 11, 28),
                SELLER, PAYER, "Иван Петрович Петров",
                List.of("Уважаемый Иван Петрович!", "Предлагаем вам мебель для офиса на выгодных условиях."),
                lines, List.of(new VatLine(new BigDecimal("20"), net, vat)),
                new BillingDocument.Totals(net, new BigDecimal("0.00"), net, vat, net.add(vat)), "RUB",
                List.of("Предложение действительно до 12.12.2026."), List.of("С уважением,"),
                List.of(new BillingDocument.Signature("Менеджер", "Анна Смирнова", "Менеджер по продажам", "anna@seller.example")));
    }
}
