package io.salescrm.catalog.template.command;

import io.salescrm.catalog.api.template.render.TemplateProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A template text with unknown placeholders or bad syntax: a 400 validation problem whose {@code errors} name the
 * field (subject or body) and the position of every problem, so an editor can point at each of them.
 */
public class InvalidTemplateException extends ErrorResponseException {

    /** One problem in one field. */
    public record FieldTemplateProblem(String field, String message, String placeholder, int position, int line, int column) {
    }

    private final transient List<FieldTemplateProblem> errors;

    public InvalidTemplateException(Map<String, List<TemplateProblem>> problemsByField) {
        this(problemsByField.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(p -> new FieldTemplateProblem(
                        field.getKey(), p.message(), p.placeholder(), p.position(), p.line(), p.column())))
                .toList());
    }

    private InvalidTemplateException(List<FieldTemplateProblem> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
        this.errors = errors;
    }

    public List<FieldTemplateProblem> errors() {
        return errors;
    }

    private static ProblemDetail problem(List<FieldTemplateProblem> errors) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The template has " + errors.size() + " problem(s): unknown placeholders or bad syntax.");
        detail.setTitle("Validation failed");
        detail.setType(URI.create("/problems/validation"));
        detail.setProperty("errors", errors);
        return detail;
    }
}
