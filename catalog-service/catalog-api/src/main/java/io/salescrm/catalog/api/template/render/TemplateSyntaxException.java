package io.salescrm.catalog.api.template.render;

import java.util.List;

/** A template text that does not parse; {@link #problems()} lists every problem found, in text order. */
public class TemplateSyntaxException extends IllegalArgumentException {

    private final transient List<TemplateProblem> problems;

    public TemplateSyntaxException(List<TemplateProblem> problems) {
        super(problems.size() + " problem(s) in the template, first: " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
