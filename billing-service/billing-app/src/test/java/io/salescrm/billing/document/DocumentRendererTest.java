package io.salescrm.billing.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRendererTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void thePdfCarriesTheClientsCyrillicNameAndTheTotalsInEmbeddedFonts() throws IOException {
        byte[] pdf = renderer.pdf(DocumentMother.quote(1));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ООО Ромашка", "ИНН 7707083893", "Коммерческое предложение № КП-1 от 28.11.2026",
                    "Уважаемый Иван Петрович!", "Анна Смирнова");
            assertThat(text).contains("Итого без НДС: 1 200,00", "НДС 20%: 240,00", "Всего к оплате (RUB): 1 440,00");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void longDocumentsFlowOntoFurtherPagesAndKeepEveryLine() throws IOException {
        byte[] pdf = renderer.pdf(DocumentMother.quote(60));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("модель 60", "Всего к оплате (RUB): 86 400,00");
        }
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotBreakRendering() throws IOException {
        var base = DocumentMother.quote(1);
        var odd = new BillingDocument(base.heading(), base.number(), base.date(), base.seller(), base.payer(),
                "Тест\tс табуляцией 漢", List.of("Строка\u0007с управляющим символом"), base.lines(),
                base.vatLines(), base.totals(), base.currency(), base.notes(), base.paragraphsAfter(), base.signatures());

        try (PDDocument document = Loader.loadPDF(renderer.pdf(odd))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Тест с табуляцией ?");
        }
    }

    @Test
    void theHtmlPreviewShowsTheSameContentEscaped() {
        var base = DocumentMother.quote(2);
        var html = renderer.html(new BillingDocument(base.heading(), base.number(), base.date(), base.seller(), base.payer(),
                "<script>alert(1)</script>", base.paragraphsBefore(), base.lines(), base.vatLines(), base.totals(),
                base.currency(), base.notes(), base.paragraphsAfter(), base.signatures()));

        assertThat(html).contains("ООО Ромашка", "Всего к оплате (RUB):", "2 880,00", "&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void amountsAreGroupedByThreeWithADecimalComma() {
        assertThat(DocumentFormat.amount(new BigDecimal("1234567.89"))).isEqualTo("1 234 567,89");
        assertThat(DocumentFormat.amount(new BigDecimal("-1000"))).isEqualTo("-1 000");
        assertThat(DocumentFormat.amount(new BigDecimal("0.50"))).isEqualTo("0,50");
        assertThat(DocumentFormat.vatRate(null)).isEqualTo("без НДС");
    }
}
