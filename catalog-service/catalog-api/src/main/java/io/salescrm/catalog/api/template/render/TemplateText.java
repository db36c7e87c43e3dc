package io.salescrm.catalog.api.template.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed template text. Syntax: {@code {{name}}} is a placeholder of {@link PlaceholderVocabulary} (blanks
 * inside the braces are ignored); {@code {{#products}}...{{/products}}} repeats its content for each product row
 * (one level, no nesting); {@code \{{} writes a literal {@code {{}. Everything else is text, written as is.
 * Parsing reports every problem at once, with its position; rendering is a pure function of text and data.
 */
public final class TemplateText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)*");
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final String ESCAPED_OPEN = "\\{{";

    private sealed interface Node permits Literal, Placeholder, ProductsSection {
    }

    private record Literal(String text) implements Node {
    }

    private record Placeholder(String name, int position) implements Node {
    }

    private record ProductsSection(int position, List<Node> children) implements Node {
    }

    private final List<Node> nodes;

    private TemplateText(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** The parsed text, or a {@link TemplateSyntaxException} listing every problem. */
    public static TemplateText parse(String text) {
        Parser parser = new Parser(text);
        List<Node> nodes = parser.parse();
        if (!parser.problems.isEmpty()) {
            throw new TemplateSyntaxException(parser.problems);
        }
        return new TemplateText(nodes);
    }

    /** Every problem of the text (empty when it is a valid template). */
    public static List<TemplateProblem> problems(String text) {
        Parser parser = new Parser(text);
        parser.parse();
        return List.copyOf(parser.problems);
    }

    /** Parses and renders in one go. */
    public static RenderedText render(String text, TemplateData data) {
        return parse(text).render(data);
    }

    /**
     * Fills the placeholders from {@code data}. A placeholder without a value stays in the text as {@code {{name}}}
     * and is listed as unfilled; values are inserted verbatim and never read as template syntax.
     */
    public RenderedText render(TemplateData data) {
        StringBuilder out = new StringBuilder();
        List<UnfilledPlaceholder> unfilled = new ArrayList<>();
        Map<String, String> firstProduct = data.products().isEmpty() ? Map.of() : data.products().get(0);
        for (Node node : nodes) {
            if (node instanceof ProductsSection section) {
                for (int row = 0; row < data.products().size(); row++) {
                    for (Node child : section.children()) {
                        write(child, data.values(), data.products().get(row), row, out, unfilled);
                    }
                }
            } else {
                write(node, data.values(), firstProduct, null, out, unfilled);
            }
        }
        return new RenderedText(out.toString(), List.copyOf(unfilled));
    }

    /** The distinct placeholder names the text uses, in order of first appearance. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        collect(nodes, names);
        return names;
    }

    private static void collect(List<Node> nodes, List<String> names) {
        for (Node node : nodes) {
            if (node instanceof Placeholder placeholder && !names.contains(placeholder.name())) {
                names.add(placeholder.name());
            } else if (node instanceof ProductsSection section) {
                collect(section.children(), names);
            }
        }
    }

    private static void write(Node node, Map<String, String> values, Map<String, String> product, Integer row,
                              StringBuilder out, List<UnfilledPlaceholder> unfilled) {
        if (node instanceof Literal literal) {
            out.append(literal.text());
        } else if (node instanceof Placeholder placeholder) {
            String name = placeholder.name();
            String value = PlaceholderVocabulary.isProductPlaceholder(name) ? product.get(name) : values.get(name);
            if (value == null) {
                out.append(OPEN).append(name).append(CLOSE);
                unfilled.add(new UnfilledPlaceholder(name, placeholder.position(), row));
            } else {
                out.append(value);
            }
        }
    }

    private static final class Parser {

        private final String text;
        private final List<TemplateProblem> problems = new ArrayList<>();

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        List<Node> parse() {
            List<Node> top = new ArrayList<>();
            List<Node> current = top;
            ProductsSection open = null;
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith(ESCAPED_OPEN, i)) {
                    literal.append(OPEN);
                    i += ESCAPED_OPEN.length();
                    continue;
                }
                if (!text.startsWith(OPEN, i)) {
                    literal.append(text.charAt(i++));
                    continue;
                }
                int end = text.indexOf(CLOSE, i + OPEN.length());
                if (end < 0) {
                    problem(i, null, "'{{' is never closed by '}}'");
                    break;
                }
                flush(literal, current);
                String tag = text.substring(i + OPEN.length(), end).strip();
                if (tag.startsWith("#")) {
                    String name = tag.substring(1).strip();
                    if (!PlaceholderVocabulary.PRODUCTS_SECTION.equals(name)) {
                        problem(i, name, "unknown section '" + name + "' (the only section is 'products')");
                    } else if (open != null) {
                        problem(i, name, "sections cannot be nested");
                    } else {
                        open = new ProductsSection(i, new ArrayList<>());
                        top.add(open);
                        current = open.children();
                    }
                } else if (tag.startsWith("/")) {
                    String name = tag.substring(1).strip();
                    if (open == null) {
                        problem(i, name, "'{{/" + name + "}}' closes a section that is not open");
                    } else if (!PlaceholderVocabulary.PRODUCTS_SECTION.equals(name)) {
                        problem(i, name, "'{{/" + name + "}}' does not close the open section 'products'");
                    } else {
                        open = null;
                        current = top;
                    }
                } else if (!NAME.matcher(tag).matches()) {
                    problem(i, tag, "'" + tag + "' is not a placeholder name");
                } else if (!PlaceholderVocabulary.isKnown(tag)) {
                    problem(i, tag, "unknown placeholder '" + tag + "'");
                } else {
                    current.add(new Placeholder(tag, i));
                }
                i = end + CLOSE.length();
            }
            flush(literal, current);
            if (open != null) {
                problem(open.position(), PlaceholderVocabulary.PRODUCTS_SECTION, "section 'products' is never closed");
            }
            return top;
        }

        private static void flush(StringBuilder literal, List<Node> into) {
            if (!literal.isEmpty()) {
                into.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }

        private void problem(int position, String placeholder, String message) {
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < position; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            problems.add(new TemplateProblem(position, line, position - lineStart + 1, placeholder, message));
        }
    }
}
