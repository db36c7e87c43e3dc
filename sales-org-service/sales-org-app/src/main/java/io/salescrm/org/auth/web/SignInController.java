package io.salescrm.org.auth.web;

import io.salescrm.org.auth.signin.SignInService;
import io.salescrm.org.auth.signin.SignInService.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
@Tag(name = "Sign-in", description = "Sign-in with login and password, access and refresh tokens, sign-out")
public class SignInController {

    public record SignInRequest(@NotBlank @Size(max = 64) String username, @NotEmpty @Size(max = 256) String password) {

        @Override
        public String toString() {
            return "SignInRequest[username=" + username + "]";
        }
    }

    public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[...]";
        }
    }

    /** An access token (JWT, RS256) and the refresh token to get the next one. */
    public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    private final SignInService signIn;

    public SignInController(SignInService signIn) {
        this.signIn = signIn;
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with login and password",
            description = "Returns an access token (JWT, expiresIn seconds) and a refresh token. A wrong login or "
                    + "password, or an inactive account, is a 401 (one message for all); after 5 unsuccessful "
                    + "attempts within 15 minutes the login is locked for 15 minutes (429 with Retry-After).")
    public ResponseEntity<TokenResponse> login(@Valid @RequestBody SignInRequest request) {
        return tokens(signIn.signIn(request.username(), request.password()));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new access token and a new refresh token",
            description = "Each refresh token works once. Presenting a used one again ends the whole session (401).")
    public ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens(signIn.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    @Operation(summary = "Sign out: the refresh token (and the session it belongs to) stops working",
            description = "Access tokens already issued stay valid until they expire (at most 15 minutes).")
    public ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody RefreshRequest request) {
        signIn.signOut(caller.getSubject(), request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TokenResponse> tokens(TokenPair pair) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(pair.accessToken().value(), pair.refreshToken(),
                        pair.accessToken().expiresInSeconds(), "Bearer"));
    }
}
