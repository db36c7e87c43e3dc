package io.salescrm.org.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/** Test data of sign-in: employees with credentials (written as the employee feature writes them), tokens. */
public final class AuthMother {

    public static final String PASSWORD = "correct horse battery";
    /** Cost 4: fast in tests; verification reads the cost from the hash. */
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    /** An employee that can sign in. */
    public record Employee(String id, String login, String password) {
    }

    private AuthMother() {
    }

    public static Employee activeEmployee(JdbcTemplate jdbc) {
        return employee(jdbc, true);
    }

    public static Employee inactiveEmployee(JdbcTemplate jdbc) {
        return employee(jdbc, false);
    }

    public static Employee employee(JdbcTemplate jdbc, boolean active) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Employee employee = new Employee("emp-" + suffix, "user." + suffix, PASSWORD);
        jdbc.update("INSERT INTO employee_credentials (employee_id, login, password_hash, active, password_changed_at) VALUES (?, ?, ?, ?, ?)",
                employee.id(), employee.login(), BCRYPT.encode(employee.password()), active,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        return employee;
    }

    /** The initial administrator, if the employee feature has not created him (yet). */
    public static void ensureAdministrator(JdbcTemplate jdbc) {
        Long admins = jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials WHERE login = 'admin'", Long.class);
        if (admins == 0) {
            jdbc.update("INSERT INTO employee_credentials (employee_id, login, password_hash, active, password_changed_at) VALUES (?, ?, ?, ?, ?)",
                    "admin", "admin", BCRYPT.encode(TestSignIn.ADMIN_PASSWORD), true, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        }
    }

    public static void setActive(JdbcTemplate jdbc, Employee employee, boolean active) {
        jdbc.update("UPDATE employee_credentials SET active = ? WHERE employee_id = ?", active, employee.id());
    }

    public static Map<String, Object> login(Employee employee) {
        return Map.of("username", employee.login(), "password", employee.password());
    }

    /** The claims of a JWT, without checking it. */
    public static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    public static String kid(String jwt) {
        try {
            return SignedJWT.parse(jwt).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    /** A token signed with {@code key}, with the given issuer and times. */
    public static String token(RSAKey key, String subject, String issuer, String scope, Instant issuedAt, Duration ttl) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("login", subject)
                .claim("scope", scope)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
