package io.salescrm.catalog.reference;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 404 problem naming what was not found (a section, a property value, a variant, a price). */
public class NotFoundProblem extends ErrorResponseException {

    public NotFoundProblem(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        return problem;
    }
}
