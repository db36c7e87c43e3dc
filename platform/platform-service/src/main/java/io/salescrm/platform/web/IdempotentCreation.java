package io.salescrm.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Honours the {@code Idempotency-Key} header of creating requests (DESIGN §6). The key is recorded in the same
 * database transaction as the events the creation appends, so either both happen or neither; a repeat of the
 * same request returns the first result without a second effect, and the same key with a different body is
 * refused.
 */
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The id of the created resource, and whether it was created by an earlier request with the same key. */
    public record Outcome(String id, boolean replayed) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    public IdempotentCreation(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * Creates a resource under a fresh id with {@code creation}, unless {@code key} was seen before in
     * {@code scope}. A null key means no idempotency was asked for.
     */
    public Outcome create(String scope, String key, Object request, Consumer<String> creation) {
        if (key == null) {
            String id = UUID.randomUUID().toString();
            creation.accept(id);
            return new Outcome(id, false);
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw new InvalidFieldException(HEADER, "must be 1-100 characters of letters, digits and . _ : -");
        }
        String hash = fingerprint(request);
        try {
            return transaction.execute(status -> {
                String id = UUID.randomUUID().toString();
                try {
                    jdbc.update("INSERT INTO idempotency_keys (scope, request_key, request_hash, resource_id, created_at) VALUES (?, ?, ?, ?, ?)",
                            scope, key, hash, id, Timestamp.from(Instant.now()));
                } catch (DuplicateKeyException seenBefore) {
                    throw new KeySeenBefore();
                }
                creation.accept(id);
                return new Outcome(id, false);
            });
        } catch (KeySeenBefore seenBefore) {
            return earlier(scope, key, hash);
        }
    }

    /** Only the key's own insert means "seen before"; a unique violation inside the creation is the caller's. */
    private static final class KeySeenBefore extends RuntimeException {
        KeySeenBefore() {
            super(null, null, false, false);
        }
    }

    private Outcome earlier(String scope, String key, String hash) {
        List<String[]> rows = jdbc.query("SELECT request_hash, resource_id FROM idempotency_keys WHERE scope = ? AND request_key = ?",
                (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, scope, key);
        String[] row = rows.get(0);
        if (!row[0].equals(hash)) {
            throw new RuleViolationException("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
        }
        return new Outcome(row[1], true);
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
