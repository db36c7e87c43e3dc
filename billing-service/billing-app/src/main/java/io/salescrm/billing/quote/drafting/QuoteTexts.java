package io.salescrm.billing.quote.drafting;

import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.api.quote.QuoteSignature;
import io.salescrm.billing.reference.catalog.CatalogReferences;
import io.salescrm.billing.reference.catalog.ProductReference;
import io.salescrm.billing.reference.catalog.TemplateReference;
import io.salescrm.billing.reference.party.CompanyReference;
import io.salescrm.billing.reference.party.ContactReference;
import io.salescrm.catalog.api.template.TemplateKind;
import io.salescrm.catalog.api.template.render.RenderedText;
import io.salescrm.catalog.api.template.render.TemplateData;
import io.salescrm.catalog.api.template.render.TemplateSyntaxException;
import io.salescrm.catalog.api.template.render.TemplateText;
import io.salescrm.catalog.api.template.render.UnfilledPlaceholder;
import io.salescrm.platform.rules.InvalidFieldException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders a quote's greeting, introduction and closing with the catalog's shared renderer ({@link TemplateText}),
 * filling the placeholder vocabulary from the quote's client, salesperson, validity date and lines. A placeholder
 * without a value stays in the text and is reported.
 */
@Component
public class QuoteTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The texts as written (templates), before rendering. */
    public record Sources(String templateId, Long templateVersion, String greeting, String intro, String closing) {
    }

    /** The rendered texts and the distinct unfilled placeholders, in order of appearance. */
    public record Rendered(String greeting, String intro, String closing, List<String> unfilled) {
    }

    private final CatalogReferences catalog;

    public QuoteTexts(CatalogReferences catalog) {
        this.catalog = catalog;
    }

    /**
     * The sources from template {@code templateId} (null: none) with the given texts taking precedence. The body's
     * paragraphs (split at blank lines) are: the first the greeting, the last the closing, those between the intro.
     */
    public Sources sources(String templateId, String greeting, String intro, String closing) {
        if (templateId == null) {
            return new Sources(null, null, greeting, intro, closing);
        }
        TemplateReference template = catalog.template(templateId)
                .filter(t -> t.kind() == TemplateKind.OFFER)
                .orElseThrow(() -> new InvalidFieldException("texts.templateId", "is not a known offer template"));
        List<String> paragraphs = Stream.of(template.body().strip().split("\\R\\s*\\R")).map(String::strip).toList();
        String fromGreeting = paragraphs.get(0);
        String fromClosing = paragraphs.size() > 1 ? paragraphs.get(paragraphs.size() - 1) : null;
        String fromIntro = paragraphs.size() > 2 ? String.join("\n\n", paragraphs.subList(1, paragraphs.size() - 1)) : null;
        return new Sources(template.id(), template.version(), greeting != null ? greeting : fromGreeting,
                intro != null ? intro : fromIntro, closing != null ? closing : fromClosing);
    }

    public Rendered render(Sources sources, CompanyReference company, ContactReference contact, QuoteSignature signature,
                           LocalDate validUntil, List<QuoteLine> lines) {
        TemplateData data = new TemplateData(values(company, contact, signature, validUntil), products(lines));
        Set<String> unfilled = new LinkedHashSet<>();
        String greeting = render("texts.greeting", sources.greeting(), data, unfilled);
        String intro = render("texts.intro", sources.intro(), data, unfilled);
        String closing = render("texts.closing", sources.closing(), data, unfilled);
        return new Rendered(greeting, intro, closing, List.copyOf(unfilled));
    }

    private static String render(String field, String source, TemplateData data, Set<String> unfilled) {
        if (source == null) {
            return null;
        }
        try {
            RenderedText rendered = TemplateText.render(source, data);
            rendered.unfilled().stream().map(UnfilledPlaceholder::placeholder).forEach(unfilled::add);
            return rendered.text();
        } catch (TemplateSyntaxException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    private static Map<String, String> values(CompanyReference company, ContactReference contact, QuoteSignature signature,
                                              LocalDate validUntil) {
        Map<String, String> values = new HashMap<>();
        if (company != null) {
            values.put("client.name", company.printedName());
        } else if (contact != null) {
            values.put("client.name", contact.fullName());
        }
        if (contact != null) {
            values.put("client.contactName", contact.addressedAs());
        }
        if (signature != null) {
            values.put("manager.name", signature.name());
            values.put("manager.signature", String.join(", ", Stream.of(signature.name(), signature.position(), signature.email())
                    .filter(p -> p != null && !p.isBlank()).toList()));
        }
        values.put("offer.validUntil", DATE.format(validUntil));
        return values;
    }

    private List<Map<String, String>> products(List<QuoteLine> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (QuoteLine line : lines) {
            Map<String, String> row = new HashMap<>();
            row.put("product.name", line.name());
            row.put("product.sku", line.sku());
            row.put("product.price", line.unitPrice().toPlainString());
            if (line.productId() != null) {
                catalog.product(line.productId()).map(ProductReference::description).ifPresent(d -> row.put("product.description", d));
            }
            rows.add(row);
        }
        return rows;
    }
}
