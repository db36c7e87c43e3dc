package io.salescrm.billing.document;

import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static io.salescrm.billing.document.DocumentFormat.amount;
import static io.salescrm.billing.document.DocumentFormat.date;
import static io.salescrm.billing.document.DocumentFormat.number;
import static io.salescrm.billing.document.DocumentFormat.vatRate;

/**
 * Renders quote and invoice documents as PDF (A4, Apache PDFBox) with the DejaVu Sans fonts shipped in the
 * application and embedded (as subsets) into each file, so Cyrillic text prints and extracts correctly on any
 * machine; and as an HTML preview of the same content. Stateless and thread-safe: the font files are read once and
 * parsed per document.
 */
@Component
public class DocumentRenderer {

    private static final String[] HEADERS = {"№", "Наименование", "Кол-во", "Ед.", "Цена", "Скидка", "НДС", "Сумма без НДС", "Сумма НДС", "Всего"};
    private static final float[] COLUMNS = {16, 150, 38, 24, 55, 40, 40, 57, 45, 50};
    private static final float TABLE_SIZE = 7.5f;
    private static final float CELL_PADDING = 2;

    private final byte[] regularFont = read("/fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("/fonts/DejaVuSans-Bold.ttf");

    public byte[] pdf(BillingDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.heading());
            info.setCreator("salescrm billing");
            PDType0Font regular = PDType0Font.load(pdf, new ByteArrayInputStream(regularFont));
            PDType0Font bold = PDType0Font.load(pdf, new ByteArrayInputStream(boldFont));
            try (PdfCanvas canvas = new PdfCanvas(pdf, regular, bold)) {
                party(canvas, "Поставщик", document.seller());
                canvas.down(8);
                canvas.paragraph(document.heading(), bold, 13, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                canvas.down(6);
                party(canvas, "Покупатель", document.payer());
                if (document.addressee() != null) {
                    canvas.paragraph("Кому: " + document.addressee(), regular, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                }
                canvas.down(6);
                for (String paragraph : document.paragraphsBefore()) {
                    canvas.paragraph(paragraph, regular, 10, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                    canvas.down(4);
                }
                canvas.down(4);
                table(canvas, document);
                totals(canvas, document);
                canvas.down(6);
                for (String note : document.notes()) {
                    canvas.paragraph(note, regular, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                }
                canvas.down(4);
                for (String paragraph : document.paragraphsAfter()) {
                    canvas.paragraph(paragraph, regular, 10, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                    canvas.down(4);
                }
                canvas.down(10);
                for (BillingDocument.Signature signature : document.signatures()) {
                    canvas.paragraph(signatureLine(signature) + "   ____________", regular, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
                    canvas.down(6);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String html(BillingDocument document) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>").append(esc(document.heading()))
                .append("</title><style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;max-width:900px;margin:24px auto}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px 5px}"
                        + "td.n{text-align:right;white-space:nowrap}.totals td{border:none}.party{margin:6px 0}</style></head><body>");
        htmlParty(h, "Поставщик", document.seller());
        h.append("<h1>").append(esc(document.heading())).append("</h1>");
        htmlParty(h, "Покупатель", document.payer());
        if (document.addressee() != null) {
            h.append("<p>Кому: ").append(esc(document.addressee())).append("</p>");
        }
        document.paragraphsBefore().forEach(p -> h.append("<p>").append(esc(p).replace("\n", "<br>")).append("</p>"));
        h.append("<table><thead><tr>");
        for (String header : HEADERS) {
            h.append("<th>").append(esc(header)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        int n = 1;
        for (BillingDocument.Line line : document.lines()) {
            h.append("<tr><td class=\"n\">").append(n++).append("</td><td>").append(esc(line.name())).append("</td>");
            for (String cell : numericCells(line)) {
                h.append("<td class=\"n\">").append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table><table class=\"totals\">");
        for (String[] row : totalRows(document)) {
            h.append("<tr><td class=\"n\" style=\"width:80%\">").append(esc(row[0])).append("</td><td class=\"n\">")
                    .append(esc(row[1])).append("</td></tr>");
        }
        h.append("</table>");
        document.notes().forEach(p -> h.append("<p>").append(esc(p)).append("</p>"));
        document.paragraphsAfter().forEach(p -> h.append("<p>").append(esc(p).replace("\n", "<br>")).append("</p>"));
        document.signatures().forEach(s -> h.append("<p>").append(esc(signatureLine(s))).append(" ____________</p>"));
        return h.append("</body></html>").toString();
    }

    private static void party(PdfCanvas canvas, String role, PartyRequisites party) {
        if (party == null) {
            return;
        }
        canvas.paragraph(role + ": " + nullToEmpty(party.name()), canvas.bold, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
        for (String line : partyLines(party)) {
            canvas.paragraph(line, canvas.regular, 8, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
        }
    }

    private static List<String> partyLines(PartyRequisites party) {
        List<String> lines = new ArrayList<>();
        String ids = (party.taxId() == null ? "" : "ИНН " + party.taxId()) + (party.kpp() == null ? "" : ", КПП " + party.kpp());
        if (!ids.isBlank()) {
            lines.add(ids);
        }
        if (party.address() != null) {
            lines.add("Адрес: " + party.address());
        }
        if (party.settlementAccount() != null) {
            lines.add("Р/с " + party.settlementAccount() + (party.bankName() == null ? "" : " в " + party.bankName())
                    + (party.bic() == null ? "" : ", БИК " + party.bic())
                    + (party.correspondentAccount() == null ? "" : ", к/с " + party.correspondentAccount()));
        }
        return lines;
    }

    private static void htmlParty(StringBuilder h, String role, PartyRequisites party) {
        if (party == null) {
            return;
        }
        h.append("<div class=\"party\"><b>").append(esc(role)).append(": ").append(esc(party.name())).append("</b>");
        partyLines(party).forEach(line -> h.append("<br>").append(esc(line)));
        h.append("</div>");
    }

    private static void table(PdfCanvas canvas, BillingDocument document) {
        row(canvas, HEADERS, true);
        int n = 1;
        for (BillingDocument.Line line : document.lines()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(n++));
            cells.add(line.name());
            cells.addAll(numericCells(line));
            row(canvas, cells.toArray(String[]::new), false);
        }
    }

    private static List<String> numericCells(BillingDocument.Line line) {
        return List.of(number(line.quantity()), line.unit() == null ? "" : line.unit(), amount(line.unitPrice()),
                line.discountPercent() == null || line.discountPercent().signum() == 0 ? "" : number(line.discountPercent()) + "%",
                vatRate(line.vatRatePercent()), amount(line.netAmount()), amount(line.vatAmount()), amount(line.totalAmount()));
    }

    /** One table row; cells wrap, the row is as tall as its tallest cell and never split across pages. */
    private static void row(PdfCanvas canvas, String[] cells, boolean header) {
        var font = header ? canvas.bold : canvas.regular;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> cell = canvas.wrap(cells[i], font, TABLE_SIZE, COLUMNS[i] - 2 * CELL_PADDING);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float lineHeight = TABLE_SIZE * 1.3f;
        float height = lines * lineHeight + 2 * CELL_PADDING;
        canvas.ensureRoom(height);
        float top = canvas.y();
        float x = PdfCanvas.MARGIN;
        for (int i = 0; i < cells.length; i++) {
            canvas.rectangle(x, top, COLUMNS[i], height);
            boolean numeric = !header && i != 1;
            for (int l = 0; l < wrapped.get(i).size(); l++) {
                float baseline = top - CELL_PADDING - (l + 1) * lineHeight + 2;
                if (numeric) {
                    canvas.textRight(wrapped.get(i).get(l), font, TABLE_SIZE, x + COLUMNS[i] - CELL_PADDING, baseline);
                } else {
                    canvas.text(wrapped.get(i).get(l), font, TABLE_SIZE, x + CELL_PADDING, baseline);
                }
            }
            x += COLUMNS[i];
        }
        canvas.down(height);
    }

    private static void totals(PdfCanvas canvas, BillingDocument document) {
        float right = PdfCanvas.MARGIN + PdfCanvas.WIDTH;
        List<String[]> rows = totalRows(document);
        for (int i = 0; i < rows.size(); i++) {
            boolean last = i == rows.size() - 1;
            canvas.ensureRoom(14);
            canvas.down(13);
            var font = last ? canvas.bold : canvas.regular;
            canvas.textRight(rows.get(i)[0], font, 9, right - 90, canvas.y());
            canvas.textRight(rows.get(i)[1], font, 9, right, canvas.y());
        }
    }

    private static List<String[]> totalRows(BillingDocument document) {
        BillingDocument.Totals t = document.totals();
        List<String[]> rows = new ArrayList<>();
        if (t.discount() != null && t.discount().signum() != 0) {
            rows.add(new String[]{"Сумма без скидки:", amount(t.subtotal())});
            rows.add(new String[]{"Скидка:", amount(t.discount())});
        }
        rows.add(new String[]{"Итого без НДС:", amount(t.net())});
        for (VatLine vat : document.vatLines()) {
            rows.add(new String[]{"НДС " + vatRate(vat.vatRatePercent()) + ":", amount(vat.vatAmount())});
        }
        rows.add(new String[]{"Итого НДС:", amount(t.vat())});
        rows.add(new String[]{"Всего к оплате (" + document.currency() + "):", amount(t.gross())});
        return rows;
    }

    private static String signatureLine(BillingDocument.Signature s) {
        StringBuilder line = new StringBuilder();
        if (s.role() != null) {
            line.append(s.role()).append(": ");
        }
        line.append(nullToEmpty(s.name()));
        if (s.position() != null && !s.position().isBlank()) {
            line.append(", ").append(s.position());
        }
        if (s.email() != null && !s.email().isBlank()) {
            line.append(", ").append(s.email());
        }
        return line.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
