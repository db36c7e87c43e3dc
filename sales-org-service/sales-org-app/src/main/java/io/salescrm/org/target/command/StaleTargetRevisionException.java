package io.salescrm.org.target.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A change was asked for on a revision of the target that is no longer current ({@code If-Match}). Answered as
 * 412 with the current revision, so the client reloads before deciding again.
 */
public class StaleTargetRevisionException extends ErrorResponseException {

    public StaleTargetRevisionException(String targetId, int expected, int current) {
        super(HttpStatus.PRECONDITION_FAILED, problem(targetId, expected, current), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String targetId, int expected, int current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Target " + targetId + " is at revision " + current + ", not " + expected + "; reload it and try again.");
        problem.setTitle("Stale revision");
        problem.setType(URI.create("/problems/stale-revision"));
        problem.setProperty("currentRevision", current);
        return problem;
    }
}
