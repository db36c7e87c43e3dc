package io.salescrm.billing.quote.drafting;

import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.api.quote.QuoteSignature;
import io.salescrm.billing.quote.pricing.QuotePricing;
import io.salescrm.billing.quote.query.QuoteView;
import io.salescrm.billing.quote.web.CreateQuoteRequest;
import io.salescrm.billing.quote.web.QuoteTextsRequest;
import io.salescrm.billing.quote.web.ReviseQuoteRequest;
import io.salescrm.billing.reference.catalog.CatalogReferences;
import io.salescrm.billing.reference.catalog.PriceTypeReference;
import io.salescrm.billing.reference.deal.DealReference;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.employee.EmployeeReferences;
import io.salescrm.billing.reference.party.CompanyReference;
import io.salescrm.billing.reference.party.ContactReference;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns a create or revise request into a quote's content from billing's read models: the deal's defaults, the
 * parties, priced lines, the signature of the responsible salesperson and the rendered texts.
 */
@Component
public class QuoteDrafting {

    /** What a new quote is about and says. */
    public record NewQuote(String dealId, String companyId, String contactId, String responsibleId, boolean open,
                           QuoteContent content) {
    }

    private static final int MAX_VALIDITY_DAYS = 366;

    private final DealReferences deals;
    private final PartyReferences parties;
    private final CatalogReferences catalog;
    private final EmployeeReferences employees;
    private final QuoteLinePricer pricer;
    private final QuoteTexts texts;
    private final int defaultValidityDays;
    private final Clock clock = Clock.systemUTC();

    public QuoteDrafting(DealReferences deals, PartyReferences parties, CatalogReferences catalog, EmployeeReferences employees,
                         QuoteLinePricer pricer, QuoteTexts texts,
                         @Value("${crm.billing.quotes.validity-days:14}") int defaultValidityDays) {
        this.deals = deals;
        this.parties = parties;
        this.catalog = catalog;
        this.employees = employees;
        this.pricer = pricer;
        this.texts = texts;
        this.defaultValidityDays = defaultValidityDays;
    }

    public NewQuote draft(CreateQuoteRequest request, String callerId) {
        Instant now = clock.instant();
        DealReference deal = request.dealId() == null ? null : deals.deal(request.dealId())
                .orElseThrow(() -> new InvalidFieldException("dealId", "is not a known deal"));
        String companyId = request.companyId() != null ? request.companyId() : deal == null ? null : deal.companyId();
        String contactId = request.contactId() != null ? request.contactId()
                : deal == null || deal.contactIds().isEmpty() ? null : deal.contactIds().get(0);
        if (deal == null && companyId == null && contactId == null) {
            throw new InvalidFieldException("companyId", "a quote without a deal needs a company or a contact");
        }
        CompanyReference company = companyId == null ? null : parties.company(companyId)
                .orElseThrow(() -> new InvalidFieldException("companyId", "is not a known company"));
        ContactReference contact = contactId == null ? null : parties.contact(contactId)
                .orElseThrow(() -> new InvalidFieldException("contactId", "is not a known contact"));
        String currency = request.currency() != null ? request.currency() : deal == null ? null : deal.currency();
        if (currency == null) {
            throw new InvalidFieldException("currency", "is required for a quote without a deal");
        }
        String responsibleId = request.responsibleId() != null ? request.responsibleId()
                : deal != null && deal.responsibleId() != null ? deal.responsibleId() : callerId;
        boolean open = request.open() != null ? request.open() : deal != null && deal.open();
        String priceTypeId = priceType(request.priceTypeId());
        LocalDate validUntil = validUntil(request.validUntil(), now);

        List<QuoteLine> lines;
        if (request.lines() != null && !request.lines().isEmpty()) {
            lines = pricer.price(request.lines(), priceTypeId, currency, now);
        } else if (deal != null) {
            if (deal.rows().isEmpty()) {
                throw new RuleViolationException("deal-without-product-rows", "The deal has no product rows; give the quote's lines.");
            }
            lines = pricer.priceDealRows(deal, priceTypeId, currency, now);
        } else {
            throw new InvalidFieldException("lines", "a quote without a deal needs at least one line");
        }
        QuoteTextsRequest textRequest = request.texts();
        QuoteTexts.Sources sources = textRequest == null ? texts.sources(null, null, null, null)
                : texts.sources(textRequest.templateId(), textRequest.greeting(), textRequest.intro(), textRequest.closing());
        QuoteContent content = content(currency, priceTypeId, lines, sources, company, contact, signature(responsibleId), validUntil);
        return new NewQuote(deal == null ? null : deal.id(), companyId, contactId, responsibleId, open, content);
    }

    public QuoteContent revise(QuoteView quote, ReviseQuoteRequest request) {
        Instant now = clock.instant();
        QuoteContent previous = quote.content();
        LocalDate validUntil = request.validUntil() == null ? previous.validUntil() : validUntil(request.validUntil(), now);
        List<QuoteLine> lines = request.lines() == null ? previous.lines()
                : pricer.price(request.lines(), previous.priceTypeId(), previous.currency(), now);
        QuoteTextsRequest t = request.texts();
        // Without new texts the previous ones are rendered again: placeholders still open may now have values.
        QuoteTexts.Sources sources = t == null
                ? new QuoteTexts.Sources(previous.templateId(), previous.templateVersion(), previous.greeting(), previous.intro(), previous.closing())
                : texts.sources(t.templateId(), t.greeting(), t.intro(), t.closing());
        CompanyReference company = quote.companyId() == null ? null : parties.company(quote.companyId()).orElse(null);
        ContactReference contact = quote.contactId() == null ? null : parties.contact(quote.contactId()).orElse(null);
        return content(previous.currency(), previous.priceTypeId(), lines, sources, company, contact, previous.signature(), validUntil);
    }

    private QuoteContent content(String currency, String priceTypeId, List<QuoteLine> lines, QuoteTexts.Sources sources,
                                 CompanyReference company, ContactReference contact, QuoteSignature signature, LocalDate validUntil) {
        QuoteTexts.Rendered rendered = texts.render(sources, company, contact, signature, validUntil, lines);
        return new QuoteContent(currency, priceTypeId, lines, QuotePricing.totals(lines, currency), rendered.greeting(),
                rendered.intro(), rendered.closing(), sources.templateId(), sources.templateVersion(), rendered.unfilled(),
                signature, validUntil);
    }

    private QuoteSignature signature(String responsibleId) {
        return employees.employee(responsibleId)
                .map(e -> new QuoteSignature(e.fullName(), e.position(), e.email()))
                .orElse(new QuoteSignature(responsibleId, null, null));
    }

    private String priceType(String requested) {
        if (requested != null) {
            return catalog.priceType(requested).map(PriceTypeReference::id)
                    .orElseThrow(() -> new InvalidFieldException("priceTypeId", "is not a known price type"));
        }
        return catalog.basePriceType().map(PriceTypeReference::id).orElse(null);
    }

    private LocalDate validUntil(LocalDate requested, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (requested == null) {
            return today.plusDays(defaultValidityDays);
        }
        if (requested.isBefore(today) || requested.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw new InvalidFieldException("validUntil", "must be between today and " + MAX_VALIDITY_DAYS + " days from now");
        }
        return requested;
    }
}
