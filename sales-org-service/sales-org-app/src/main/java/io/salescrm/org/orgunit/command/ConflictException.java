package io.salescrm.org.orgunit.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A command clashes with existing data: a duplicate name among sibling units, a login already taken, the last
 * active administrator. Answered as a 409 problem with a stable {@code rule} code beside the human text (the
 * platform renders every {@link ErrorResponseException} as problem details with the request id).
 */
public class ConflictException extends ErrorResponseException {

    private final String rule;

    public ConflictException(String rule, String detail) {
        super(HttpStatus.CONFLICT, problem(rule, detail), null);
        this.rule = rule;
    }

    private static ProblemDetail problem(String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        problem.setType(URI.create("/problems/conflict"));
        problem.setProperty("rule", rule);
        return problem;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
