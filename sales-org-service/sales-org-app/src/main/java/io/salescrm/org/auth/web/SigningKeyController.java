package io.salescrm.org.auth.web;

import io.salescrm.org.auth.AuthProblems;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.org.auth.keys.SigningKey;
import io.salescrm.org.auth.keys.SigningKeyStore;
import io.salescrm.platform.rules.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Signing keys", description = "The issuer's RS256 keys: JWKS, rotation and retirement")
public class SigningKeyController {

    /** A key as administrators see it: never key material. */
    public record KeyView(String kid, Instant createdAt, Instant retiredAt, boolean signing) {
    }

    public record KeyPage(List<KeyView> items, int page, int size, long totalItems) {
    }

    private final SigningKeyStore keys;
    private final AuthSettings settings;

    public SigningKeyController(SigningKeyStore keys, AuthSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public keys that verify access tokens (JWKS, RFC 7517)",
            description = "Every key that is not retired, the signing key first. Public keys only.")
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(keys.publicJwkSet().toJSONObject(true));
    }

    @GetMapping("/auth/keys")
    @Operation(summary = "Signing keys, newest first, retired ones included (key administrators)")
    public KeyPage list(@AuthenticationPrincipal Jwt caller,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        requireKeyAdministrator(caller);
        String signing = keys.signingKey().kid();
        List<KeyView> items = keys.page(page, size).stream().map(key -> view(key, signing)).toList();
        return new KeyPage(items, page, size, keys.count());
    }

    @PostMapping("/auth/keys/rotate")
    @Operation(summary = "Create a new signing key (key administrators)",
            description = "New tokens are signed with it at once; tokens signed with the previous keys stay valid "
                    + "until those keys are retired.")
    public KeyView rotate(@AuthenticationPrincipal Jwt caller) {
        requireKeyAdministrator(caller);
        SigningKey key = keys.rotate();
        return view(key, key.kid());
    }

    @PostMapping("/auth/keys/{kid}/retire")
    @Operation(summary = "Retire a signing key (key administrators)",
            description = "It leaves the JWKS and tokens signed with it stop working (on other instances within "
                    + "seconds). The current signing key cannot be retired: rotate first (422 signing-key-in-use).")
    public ResponseEntity<Void> retire(@AuthenticationPrincipal Jwt caller, @PathVariable @Size(max = 64) String kid) {
        requireKeyAdministrator(caller);
        switch (keys.retire(kid)) {
            case UNKNOWN -> throw AuthProblems.notFound("No signing key with id " + kid + ".");
            case SIGNING_KEY -> throw new RuleViolationException("signing-key-in-use",
                    "Key " + kid + " is the current signing key; rotate first, then retire it.");
            case RETIRED, ALREADY_RETIRED -> {
            }
        }
        return ResponseEntity.noContent().build();
    }

    private void requireKeyAdministrator(Jwt caller) {
        if (!settings.keyAdministrators().contains(caller.getSubject())) {
            throw AuthProblems.forbidden("Only key administrators may see or change signing keys.");
        }
    }

    private static KeyView view(SigningKey key, String signingKid) {
        return new KeyView(key.kid(), key.createdAt(), key.retiredAt(), key.kid().equals(signingKid));
    }
}
