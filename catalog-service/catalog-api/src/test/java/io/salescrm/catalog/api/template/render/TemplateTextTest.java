package io.salescrm.catalog.api.template.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

    private static final Map<String, String> DOCUMENT = Map.of(
            "client.name", "Romashka LLC",
            "client.contactName", "Irina Petrova",
            "manager.name", "Oleg Sidorov",
            "manager.signature", "Oleg Sidorov, sales manager, +7 900 000-00-00",
            "offer.validUntil", "2026-12-31");
    private static final Map<String, String> PUMP = Map.of(
            "product.name", "Pump P-100",
            "product.description", "A quiet pump",
            "product.sku", "P-100",
            "product.price", "1500.00 RUB",
            "product.property.power", "750 W");
    private static final Map<String, String> FILTER = Map.of(
            "product.name", "Filter F-2",
            "product.price", "300.00 RUB",
            "product.property.power", "0 W");

    @Test
    void everyDocumentPlaceholderIsFilled() {
        String text = "{{client.name}}|{{client.contactName}}|{{manager.name}}|{{manager.signature}}|{{offer.validUntil}}";
        RenderedText rendered = TemplateText.render(text, new TemplateData(DOCUMENT, List.of()));
        assertThat(rendered.text()).isEqualTo("Romashka LLC|Irina Petrova|Oleg Sidorov|"
                + "Oleg Sidorov, sales manager, +7 900 000-00-00|2026-12-31");
        assertThat(rendered.unfilled()).isEmpty();
    }

    @Test
    void productPlaceholdersOutsideTheSectionAreAboutTheFirstProduct() {
        String text = "{{product.name}} ({{product.sku}}): {{product.description}}, {{product.price}}, {{product.property.power}}";
        RenderedText rendered = TemplateText.render(text, new TemplateData(Map.of(), List.of(PUMP, FILTER)));
        assertThat(rendered.text()).isEqualTo("Pump P-100 (P-100): A quiet pump, 1500.00 RUB, 750 W");
        assertThat(rendered.unfilled()).isEmpty();
    }

    @Test
    void theProductsSectionIsRepeatedForEveryRow() {
        String text = "Dear {{client.contactName}},\n{{#products}}- {{product.name}}: {{product.price}}\n{{/products}}Bye";
        RenderedText rendered = TemplateText.render(text, new TemplateData(DOCUMENT, List.of(PUMP, FILTER)));
        assertThat(rendered.text()).isEqualTo("Dear Irina Petrova,\n- Pump P-100: 1500.00 RUB\n- Filter F-2: 300.00 RUB\nBye");
    }

    @Test
    void aSectionWithoutRowsWritesNothing() {
        RenderedText rendered = TemplateText.render("A{{#products}}{{product.name}}{{/products}}B", new TemplateData(DOCUMENT, List.of()));
        assertThat(rendered.text()).isEqualTo("AB");
        assertThat(rendered.unfilled()).isEmpty();
    }

    @Test
    void missingValuesStayVisibleAndAreReportedWithTheirPositionAndRow() {
        String text = "To {{client.name}}: {{#products}}{{product.sku}};{{/products}}";
        RenderedText rendered = TemplateText.render(text, new TemplateData(Map.of(), List.of(PUMP, FILTER)));
        assertThat(rendered.text()).isEqualTo("To {{client.name}}: P-100;{{product.sku}};");
        assertThat(rendered.unfilled()).containsExactly(
                new UnfilledPlaceholder("client.name", 3, null),
                new UnfilledPlaceholder("product.sku", 33, 1));
    }

    @Test
    void blanksInsideTheBracesAreIgnored() {
        assertThat(TemplateText.render("{{ client.name }}", new TemplateData(DOCUMENT, List.of())).text()).isEqualTo("Romashka LLC");
    }

    @Test
    void anEscapedOpeningIsWrittenLiterally() {
        RenderedText rendered = TemplateText.render("Write \\{{client.name}} to get {{client.name}}", new TemplateData(DOCUMENT, List.of()));
        assertThat(rendered.text()).isEqualTo("Write {{client.name}} to get Romashka LLC");
        assertThat(rendered.unfilled()).isEmpty();
    }

    @Test
    void valuesAreInsertedVerbatimAndNeverReadAsTemplateSyntax() {
        RenderedText rendered = TemplateText.render("{{client.name}}",
                new TemplateData(Map.of("client.name", "{{manager.name}} & <b>Co</b> \\{{"), List.of()));
        assertThat(rendered.text()).isEqualTo("{{manager.name}} & <b>Co</b> \\{{");
        assertThat(rendered.unfilled()).isEmpty();
    }

    @Test
    void unknownPlaceholdersAreReportedWithLineAndColumn() {
        List<TemplateProblem> problems = TemplateText.problems("Hello {{client.nmae}}\n{{product.property.}} {{offer.total}}");
        assertThat(problems).extracting(TemplateProblem::placeholder)
                .containsExactly("client.nmae", "product.property.", "offer.total");
        assertThat(problems.get(0)).isEqualTo(new TemplateProblem(6, 1, 7, "client.nmae", "unknown placeholder 'client.nmae'"));
        assertThat(problems.get(1).line()).isEqualTo(2);
        assertThat(problems.get(1).column()).isEqualTo(1);
        assertThat(problems.get(2).column()).isEqualTo(23);
    }

    @Test
    void badSyntaxIsReported() {
        assertThat(TemplateText.problems("{{client.name")).extracting(TemplateProblem::message)
                .containsExactly("'{{' is never closed by '}}'");
        assertThat(TemplateText.problems("{{#products}}x")).extracting(TemplateProblem::message)
                .containsExactly("section 'products' is never closed");
        assertThat(TemplateText.problems("x{{/products}}")).extracting(TemplateProblem::message)
                .containsExactly("'{{/products}}' closes a section that is not open");
        assertThat(TemplateText.problems("{{#rows}}{{/rows}}")).extracting(TemplateProblem::message)
                .containsExactly("unknown section 'rows' (the only section is 'products')",
                        "'{{/rows}}' closes a section that is not open");
        assertThat(TemplateText.problems("{{#products}}{{#products}}{{/products}}")).extracting(TemplateProblem::message)
                .containsExactly("sections cannot be nested");
        assertThat(TemplateText.problems("{{}} {{a b}}")).extracting(TemplateProblem::message)
                .containsExactly("'' is not a placeholder name", "'a b' is not a placeholder name");
    }

    @Test
    void parsingAnInvalidTextThrowsWithEveryProblem() {
        assertThatThrownBy(() -> TemplateText.parse("{{x}} {{y}}"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aTextWithoutTagsIsItself() {
        assertThat(TemplateText.render("Plain } text }} with {braces}", new TemplateData(null, null)).text())
                .isEqualTo("Plain } text }} with {braces}");
    }

    @Test
    void thePlaceholdersUsedAreListedOnce() {
        assertThat(TemplateText.parse("{{client.name}}{{#products}}{{product.name}}{{client.name}}{{/products}}").placeholders())
                .containsExactly("client.name", "product.name");
    }
}
