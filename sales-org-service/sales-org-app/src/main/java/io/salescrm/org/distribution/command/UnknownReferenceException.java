package io.salescrm.org.distribution.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rule refers to a unit or employee that does not exist. Answered as a 404 problem naming the field, like an
 * unknown id in the path (the platform renders every {@link ErrorResponseException} as problem details).
 */
public class UnknownReferenceException extends ErrorResponseException {

    public UnknownReferenceException(String field, String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(field, "No " + what + " with id " + id + "."), null);
    }

    private static ProblemDetail problem(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        problem.setProperty("field", field);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
