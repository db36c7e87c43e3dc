package io.salescrm.org.role.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A role change that collides with the state of other records: a role name already taken, or taking the
 * Administrator role from the last active administrator. Answered as 409 problem details with a stable
 * {@code rule} code (the platform's RuleViolationException is a 422, and ConcurrencyException speaks of
 * concurrent edits, so neither fits).
 */
public class RoleConflictException extends ErrorResponseException {

    private final String rule;

    public RoleConflictException(String rule, String detail) {
        super(HttpStatus.CONFLICT, problem(rule, detail), null);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        problem.setType(URI.create("/problems/conflict"));
        problem.setProperty("rule", rule);
        return problem;
    }
}
