package io.salescrm.platform.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;

import java.util.Optional;

/** The signed-in caller of the current request: the employee id is the access token's {@code sub} claim. */
public class CurrentEmployee {

    /** The caller's employee id; a 401 problem when the request carries no valid token. */
    public String id() {
        return idIfSignedIn().orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "This request needs an access token.");
            problem.setTitle("Unauthenticated");
            return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        });
    }

    public Optional<String> idIfSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()) {
            return Optional.ofNullable(jwt.getToken().getSubject());
        }
        return Optional.empty();
    }
}
