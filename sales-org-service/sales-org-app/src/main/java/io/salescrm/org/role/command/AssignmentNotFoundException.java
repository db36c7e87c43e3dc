package io.salescrm.org.role.command;

import io.salescrm.org.api.role.RoleSubject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The role is not assigned to that subject: there is no such assignment to end. Answered as 404. */
public class AssignmentNotFoundException extends ErrorResponseException {

    public AssignmentNotFoundException(String roleId, RoleSubject subjectType, String subjectId) {
        super(HttpStatus.NOT_FOUND, problem("The role " + roleId + " is not assigned to " + subjectType + " " + subjectId + "."), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        return problem;
    }
}
