package io.salescrm.org.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The problems of sign-in and tokens, as exceptions the platform's {@code ApiExceptionHandler} renders as RFC 9457
 * documents (with the request id and the headers set here).
 */
public final class AuthProblems {

    /** The one answer to a failed sign-in, whatever failed: it tells nobody whether a login exists. */
    public static final String INVALID_CREDENTIALS = "The login or password is wrong, or the account is not active.";

    private AuthProblems() {
    }

    public static ErrorResponseException unauthorized(String detail) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem(HttpStatus.UNAUTHORIZED, "Unauthenticated", "/problems/unauthenticated", detail, headers);
    }

    public static ErrorResponseException tooManySignInAttempts(long retryAfterSeconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        ErrorResponseException problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts",
                "/problems/too-many-sign-in-attempts",
                "Too many unsuccessful sign-in attempts for this login; try again in " + retryAfterSeconds + " seconds.",
                headers);
        problem.getBody().setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "/problems/access-denied", detail, new HttpHeaders());
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "/problems/not-found", detail, new HttpHeaders());
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String type, String detail,
                                                  HttpHeaders headers) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create(type));
        ErrorResponseException exception = new ErrorResponseException(status, body, null);
        exception.getHeaders().putAll(headers);
        return exception;
    }
}
