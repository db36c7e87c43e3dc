package io.salescrm.platform.access;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.security.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller's roles do not allow this: answered as a 403 problem (through the platform's exception handler,
 * which adds the request id) naming the entity and the action.
 */
public class AccessDeniedProblem extends ErrorResponseException {

    public AccessDeniedProblem(EntityType entity, Action action, String detail) {
        super(HttpStatus.FORBIDDEN, problem(entity, action, detail), null);
    }

    private static ProblemDetail problem(EntityType entity, Action action, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        problem.setType(ProblemResponses.ACCESS_DENIED);
        problem.setProperty("entity", entity.name());
        problem.setProperty("action", action.name());
        return problem;
    }
}
