package io.salescrm.platform.access.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.platform.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 from the security chain as RFC 9457 problem details, in the same shape as the platform's
 * {@code ApiExceptionHandler} (title, status, detail, type, requestId). The {@code WWW-Authenticate} header is
 * the standard bearer-token one (RFC 6750).
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI ACCESS_DENIED = URI.create("/problems/access-denied");
    public static final URI SIGN_IN_UNAVAILABLE = URI.create("/problems/sign-in-unavailable");
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper json;
    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        bearerEntryPoint.commence(request, response, ex);
        boolean tokenGiven = request.getHeader("Authorization") != null;
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, tokenGiven
                ? "The access token is invalid or expired; sign in again."
                : "This request needs an access token: send 'Authorization: Bearer <token>' (POST /api/org/auth/login).");
        detail.setTitle("Unauthenticated");
        detail.setType(UNAUTHENTICATED);
        write(response, detail);
    }

    /**
     * A token that could not be checked because the signing keys are out of reach (the JWKS does not answer) is
     * a 503, not the caller's fault; every other failed token is a 401.
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException ex) throws IOException {
        if (ex instanceof AuthenticationServiceException) {
            log.warn("Cannot check an access token: {}", ex.getMessage());
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The access token cannot be checked right now (signing keys unavailable); try again shortly.");
            detail.setTitle("Sign-in check unavailable");
            detail.setType(SIGN_IN_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            write(response, detail);
            return;
        }
        commence(request, response, ex);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        bearerDenied.handle(request, response, ex);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your access token does not allow this request (a read-only token may only read).");
        detail.setTitle("Forbidden");
        detail.setType(ACCESS_DENIED);
        write(response, detail);
    }

    private void write(HttpServletResponse response, ProblemDetail detail) throws IOException {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            detail.setProperty("requestId", requestId);
        }
        detail.setInstance(null);
        response.setStatus(detail.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), detail);
    }
}
