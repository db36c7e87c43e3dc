package io.salescrm.billing.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A top-down writer on A4 pages: a cursor moves down as text is written and a new page starts when the next block
 * would not fit. Wraps text to a width by words (a word longer than the width is cut), and never passes a character
 * the font cannot draw (it becomes "?") or a control character to PDFBox.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    final PDType0Font regular;
    final PDType0Font bold;
    /** Per font, whether it can draw a code point: asked once per character and document. */
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, PDType0Font regular, PDType0Font bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensureRoom(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    /** Writes {@code text} wrapped to {@code width} from x = {@code x}, moving the cursor below it. */
    void paragraph(String text, PDType0Font font, float size, float x, float width) {
        for (String line : wrap(text, font, size, width)) {
            ensureRoom(size * 1.4f);
            y -= size * 1.4f;
            text(line, font, size, x, y);
        }
    }

    /** Writes one line at an absolute position (the cursor does not move). */
    void text(String text, PDType0Font font, float size, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(drawable(text, font));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a line right-aligned so that it ends at x = {@code right}. */
    void textRight(String text, PDType0Font font, float size, float right, float baseline) {
        String drawable = drawable(text, font);
        text(drawable, font, size, right - width(drawable, font, size), baseline);
    }

    void rectangle(float x, float top, float width, float height) {
        try {
            stream.addRect(x, top - height, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(drawable(text, font)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraphLine : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraphLine.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String drawable(String text, PDType0Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> canDraw(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
