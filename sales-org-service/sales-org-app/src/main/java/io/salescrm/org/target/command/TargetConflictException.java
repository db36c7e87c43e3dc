package io.salescrm.org.target.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A target clashes with another one: its subject already has a target for the period and measure. Answered as a
 * 409 problem with a stable {@code rule} code and the id of the other target as {@code existingTargetId}.
 */
public class TargetConflictException extends ErrorResponseException {

    private final String rule;

    public TargetConflictException(String rule, String detail, String existingTargetId) {
        super(HttpStatus.CONFLICT, problem(rule, detail, existingTargetId), null);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String rule, String detail, String existingTargetId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        problem.setType(URI.create("/problems/conflict"));
        problem.setProperty("rule", rule);
        if (existingTargetId != null) {
            problem.setProperty("existingTargetId", existingTargetId);
        }
        return problem;
    }
}
