package io.salescrm.pipeline.duplicate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;

/** A 409 problem listing the likely duplicates ({@code candidates}); repeating the request with {@code ?force=true} saves anyway. */
public class DuplicateFoundException extends ErrorResponseException {

    public DuplicateFoundException(List<DuplicateCandidate> candidates) {
        super(HttpStatus.CONFLICT, problem(candidates), null);
    }

    private static ProblemDetail problem(List<DuplicateCandidate> candidates) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Likely duplicate of " + candidates.size() + " existing record(s); send force=true to save anyway.");
        detail.setTitle("Likely duplicate");
        detail.setType(URI.create("/problems/duplicate"));
        detail.setProperty("rule", "duplicate");
        detail.setProperty("candidates", candidates);
        return detail;
    }
}
