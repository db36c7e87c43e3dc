package io.salescrm.org.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.salescrm.org.auth.config.AuthSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issuer's RS256 keys, kept in {@code auth_signing_keys}. A 2048-bit key is generated on first start; the newest
 * key that is not retired signs; every key that is not retired verifies and is published in the JWKS, so tokens
 * signed before a rotation stay valid until their key is retired.
 *
 * <p>Creating a key inserts the next {@code generation}, which is unique: when two instances create one at the same
 * moment (first start, or two rotations), one insert fails and that instance re-reads, so a first start always ends
 * with exactly one key. Each instance caches the keys for {@code crm.security.key-cache-ttl} and re-reads at once
 * after its own changes, or when a token names a key it does not know.
 *
 * <p>Also the {@link JWKSource} of this service's own JWT decoder: verification never calls the service over HTTP.
 */
@Component
public class SigningKeyStore implements JWKSource<SecurityContext>, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(1);
    private static final int ATTEMPTS = 5;

    /** What the outcome of a retirement was. */
    public enum Retirement { RETIRED, ALREADY_RETIRED, SIGNING_KEY, UNKNOWN }

    private record Snapshot(List<SigningKey> active, Instant loadedAt) {
    }

    private record Row(String kid, long generation, String privatePem, String publicPem, Instant createdAt, Instant retiredAt) {
    }

    private final JdbcTemplate jdbc;
    private final Duration cacheTtl;
    private final Map<String, RSAKey> parsed = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    public SigningKeyStore(JdbcTemplate jdbc, AuthSettings settings) {
        this.jdbc = jdbc;
        this.cacheTtl = settings.keyCacheTtl();
    }

    @Override
    public void afterPropertiesSet() {
        ensureSigningKey();
    }

    /** Creates the first key unless a key that is not retired exists (also when all keys were retired). */
    public void ensureSigningKey() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // One read decides both "is there a key?" and the generation a new key takes: if another instance
            // inserts after this read, it took that generation and our insert fails.
            Map<String, Object> state = jdbc.queryForMap("SELECT MAX(generation) AS newest, "
                    + "SUM(CASE WHEN retired_at IS NULL THEN 1 ELSE 0 END) AS active FROM auth_signing_keys");
            Number active = (Number) state.get("active");
            if (active != null && active.longValue() > 0) {
                reload();
                return;
            }
            try {
                insertNewKey(nextGeneration((Number) state.get("newest")));
            } catch (DuplicateKeyException anotherInstanceWasFaster) {
                log.info("Another instance created a signing key at the same time; using the stored one");
            }
        }
        if (reload().active().isEmpty()) {
            throw new IllegalStateException("could not create a signing key");
        }
    }

    /** The key new tokens are signed with: the newest key that is not retired. */
    public SigningKey signingKey() {
        List<SigningKey> active = current().active();
        if (active.isEmpty()) {
            ensureSigningKey();
            active = current().active();
        }
        return active.get(0);
    }

    /** Every key that is not retired, newest first. */
    public List<SigningKey> activeKeys() {
        return current().active();
    }

    /** The public halves of the keys that are not retired, as a JWK set. */
    public JWKSet publicJwkSet() {
        return new JWKSet(activeKeys().stream().map(key -> (JWK) key.jwk().toPublicJWK()).toList());
    }

    /** A new signing key; the previous ones keep verifying until retired. */
    public SigningKey rotate() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                String kid = insertNewKey(nextGeneration(jdbc.queryForObject("SELECT MAX(generation) FROM auth_signing_keys", Long.class)));
                log.info("Signing key rotated: new key {}", kid);
                return reload().active().stream().filter(key -> key.kid().equals(kid)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the new key " + kid + " is not readable"));
            } catch (DuplicateKeyException concurrentRotation) {
                // Another instance took this generation: take the next one.
            }
        }
        throw new IllegalStateException("could not rotate the signing key");
    }

    /**
     * Withdraws a key: it stops verifying and leaves the JWKS. The key that currently signs cannot be retired (rotate
     * first); the condition is part of the update, so a concurrent rotation cannot leave the issuer without a key.
     */
    public Retirement retire(String kid) {
        Instant now = now();
        int updated = jdbc.update("UPDATE auth_signing_keys SET retired_at = ? WHERE kid = ? AND retired_at IS NULL "
                        + "AND generation < (SELECT MAX(k.generation) FROM auth_signing_keys k WHERE k.retired_at IS NULL)",
                at(now), kid);
        if (updated == 1) {
            log.info("Signing key {} retired", kid);
            parsed.remove(kid);
            reload();
            return Retirement.RETIRED;
        }
        Optional<Row> row = rows("SELECT * FROM auth_signing_keys WHERE kid = ?", kid).stream().findFirst();
        if (row.isEmpty()) {
            return Retirement.UNKNOWN;
        }
        return row.get().retiredAt() != null ? Retirement.ALREADY_RETIRED : Retirement.SIGNING_KEY;
    }

    /** All keys, retired ones included, newest first: kid, times and state only. */
    public List<SigningKey> page(int page, int size) {
        return rows("SELECT * FROM auth_signing_keys ORDER BY generation DESC LIMIT ? OFFSET ?", size, (long) page * size)
                .stream().map(this::toKey).toList();
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_signing_keys", Long.class);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Snapshot now = current();
        List<JWK> found = selector.select(verificationSet(now));
        if (found.isEmpty() && now.loadedAt().plus(MIN_RELOAD_INTERVAL).isBefore(Instant.now())) {
            // A key created by another instance since the last read (bounded to one read a second).
            found = selector.select(verificationSet(reload()));
        }
        return found;
    }

    private static JWKSet verificationSet(Snapshot snapshot) {
        return new JWKSet(snapshot.active().stream().map(key -> (JWK) key.jwk().toPublicJWK()).toList());
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current.loadedAt().plus(cacheTtl).isBefore(Instant.now())) {
            return reload();
        }
        return current;
    }

    private synchronized Snapshot reload() {
        List<SigningKey> active = rows("SELECT * FROM auth_signing_keys WHERE retired_at IS NULL ORDER BY generation DESC")
                .stream().map(this::toKey).toList();
        Snapshot fresh = new Snapshot(active, Instant.now());
        snapshot = fresh;
        return fresh;
    }

    private static long nextGeneration(Number newest) {
        return newest == null ? 1 : newest.longValue() + 1;
    }

    private String insertNewKey(long generation) {
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
        String kid;
        try {
            kid = generated.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key id", e);
        }
        try {
            jdbc.update("INSERT INTO auth_signing_keys (kid, generation, private_key_pem, public_key_pem, created_at) VALUES (?, ?, ?, ?, ?)",
                    kid, generation, Pem.privateKey(generated.toRSAPrivateKey()), Pem.publicKey(generated.toRSAPublicKey()), at(now()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encode the RSA key", e);
        }
        return kid;
    }

    private SigningKey toKey(Row row) {
        RSAKey jwk = parsed.computeIfAbsent(row.kid(), kid -> new RSAKey.Builder(Pem.readPublicKey(row.publicPem()))
                .privateKey(Pem.readPrivateKey(row.privatePem()))
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build());
        return new SigningKey(row.kid(), row.generation(), jwk, row.createdAt(), row.retiredAt());
    }

    private List<Row> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> row(rs), args);
    }

    private static Row row(ResultSet rs) throws SQLException {
        OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
        return new Row(rs.getString("kid"), rs.getLong("generation"), rs.getString("private_key_pem"),
                rs.getString("public_key_pem"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                retired == null ? null : retired.toInstant());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
