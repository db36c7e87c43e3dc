package io.salescrm.org.auth.web;

import io.salescrm.org.auth.AuthProblems;
import io.salescrm.org.auth.pat.PersonalTokenService;
import io.salescrm.org.auth.pat.PersonalTokens.PersonalToken;
import io.salescrm.org.auth.pat.TokenScope;
import io.salescrm.org.auth.token.AccessTokenIssuer;
import io.salescrm.org.auth.token.IssuedToken;
import io.salescrm.org.auth.token.Secrets;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

@RestController
@RequestMapping("/auth")
@Tag(name = "Personal API tokens", description = "Tokens for integrations and BI tools, created by an employee for himself")
public class PersonalTokenController {

    public record CreateTokenRequest(@NotBlank @Size(max = 100) String name,
                                     @NotNull @Pattern(regexp = "read|full", message = "must be read or full") String scope,
                                     @Future Instant expiresAt) {
    }

    /** A token as listed: never its secret. */
    public record TokenView(String id, String name, TokenScope scope, String status, Instant createdAt,
                            Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

        static TokenView of(PersonalToken token, Instant now) {
            String status = token.revokedAt() != null ? "revoked" : token.usableAt(now) ? "active" : "expired";
            return new TokenView(token.id(), token.name(), token.scope(), status, token.createdAt(),
                    token.expiresAt(), token.revokedAt(), token.lastUsedAt());
        }
    }

    /** The answer to a creation: {@code token} is the secret, shown this once (null when a request is replayed). */
    public record CreatedToken(String id, String name, TokenScope scope, Instant createdAt, Instant expiresAt, String token) {
    }

    public record TokenPage(List<TokenView> items, int page, int size, long totalItems) {
    }

    public record ExchangeRequest(@NotBlank @Size(max = 200) String token) {

        @Override
        public String toString() {
            return "ExchangeRequest[...]";
        }
    }

    public record ExchangedToken(String accessToken, long expiresIn, String tokenType, String scope) {
    }

    private final PersonalTokenService tokens;
    private final IdempotentCreation idempotentCreation;

    public PersonalTokenController(PersonalTokenService tokens, IdempotentCreation idempotentCreation) {
        this.tokens = tokens;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a personal API token for yourself",
            description = "The secret (crm_pat_...) is in this answer only. With an Idempotency-Key a repeated request "
                    + "creates nothing and answers the same token without its secret. Needs a token from a sign-in "
                    + "(not one obtained for another personal API token).")
    public ResponseEntity<CreatedToken> create(@AuthenticationPrincipal Jwt caller,
                                               @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                               @Valid @RequestBody CreateTokenRequest request) {
        if (caller.hasClaim(AccessTokenIssuer.PAT_ID_CLAIM)) {
            throw AuthProblems.forbidden("A personal API token cannot create personal API tokens; sign in with your password.");
        }
        String employeeId = caller.getSubject();
        AtomicReference<String> secret = new AtomicReference<>();
        var outcome = idempotentCreation.create("auth-pat:" + Secrets.sha256(employeeId).substring(0, 40), idempotencyKey,
                request, id -> secret.set(tokens.create(id, employeeId, request.name().strip(), TokenScope.of(request.scope()), request.expiresAt())));
        PersonalToken token = tokens.own(employeeId, outcome.id());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(token.id()).toUri();
        return ResponseEntity.created(location)
                .cacheControl(CacheControl.noStore())
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new CreatedToken(token.id(), token.name(), token.scope(), token.createdAt(), token.expiresAt(),
                        outcome.replayed() ? null : secret.get()));
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your personal API tokens, newest first (never their secrets; at most 100 per page)")
    public TokenPage list(@AuthenticationPrincipal Jwt caller,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Instant now = Instant.now();
        List<TokenView> items = tokens.page(caller.getSubject(), page, size).stream().map(token -> TokenView.of(token, now)).toList();
        return new TokenPage(items, page, size, tokens.count(caller.getSubject()));
    }

    @GetMapping("/tokens/{id}")
    @Operation(summary = "One of your personal API tokens (never its secret)")
    public TokenView get(@AuthenticationPrincipal Jwt caller, @PathVariable @Size(max = 64) String id) {
        return TokenView.of(tokens.own(caller.getSubject(), id), Instant.now());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of your personal API tokens: it stops working at once")
    public ResponseEntity<Void> revoke(@AuthenticationPrincipal Jwt caller, @PathVariable @Size(max = 64) String id) {
        tokens.revoke(caller.getSubject(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/token-exchange")
    @Operation(summary = "Exchange a personal API token for a short-lived access token of its owner",
            description = "The access token lasts 5 minutes, has scope crm (full) or crm:read and the claim pat_id. "
                    + "The gateway does this on every request that carries a personal API token. A revoked, expired "
                    + "or unknown token, or one whose owner is inactive, is a 401.")
    public ResponseEntity<ExchangedToken> exchange(@Valid @RequestBody ExchangeRequest request) {
        IssuedToken token = tokens.exchange(request.token());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ExchangedToken(token.value(), token.expiresInSeconds(), "Bearer", token.scope()));
    }
}
