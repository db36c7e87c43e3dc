package io.salescrm.org.orgunit.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;


/**
 * A command or request referred to a unit or employee that does not exist. Answered as a 404 problem (the
 * platform's exception handler renders every {@link ErrorResponseException} as problem details with the request
 * id), also when the id came in a request body rather than the path.
 */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        return problem;
    }

    public static NotFoundException unit(String unitId) {
        return new NotFoundException("No unit with id " + unitId + ".");
    }

    public static NotFoundException employee(String employeeId) {
        return new NotFoundException("No employee with id " + employeeId + ".");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
