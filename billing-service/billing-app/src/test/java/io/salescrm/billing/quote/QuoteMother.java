package io.salescrm.billing.quote;

import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteSignature;
import io.salescrm.billing.quote.pricing.PricedItem;
import io.salescrm.billing.quote.pricing.QuotePricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Quote contents for tests: two chairs at 850.00 (list 1000.00), 10 % off, 20 % VAT. */
public final class QuoteMother {

    private QuoteMother() {
    }

    public static QuoteContent content(LocalDate validUntil) {
        var line = QuotePricing.line(new PricedItem("product-1", null, "Кресло", "CH-1", "шт", new BigDecimal("2"),
                new BigDecimal("1000.00"), "promotion-1", new BigDecimal("850.00"), new BigDecimal("10"), new BigDecimal("20")), "RUB");
        return new QuoteContent("RUB", "price-type-retail", List.of(line), QuotePricing.totals(List.of(line), "RUB"),
                "Уважаемый Иван Петрович!", "Предлагаем вам кресла.", "С уважением,", null, null, List.of(),
                new QuoteSignature("Анна Смирнова", "Менеджер", "anna@seller.example"), validUntil);
    }

    public static QuoteContent withUnfilled(QuoteContent c, String... placeholders) {
        return new QuoteContent(c.currency(), c.priceTypeId(), c.lines(), c.totals(), c.greeting(), c.intro(), c.closing(),
                c.templateId(), c.templateVersion(), List.of(placeholders), c.signature(), c.validUntil());
    }
}
