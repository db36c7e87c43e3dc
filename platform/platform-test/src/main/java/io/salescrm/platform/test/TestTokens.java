package io.salescrm.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Access tokens for tests, shaped like the sign-in service's (JWT RS256; {@code sub} = employee id, {@code login},
 * {@code scope} = {@code crm} or {@code crm:read}, {@code iss} = {@value #ISSUER}), signed with an RSA key made once
 * per test JVM. {@link EmbeddedInfrastructureInitializer} makes every service context trust that key through
 * {@code crm.security.public-key-location} and checks the issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8080/api/org";
    public static final String FULL = "crm";
    public static final String READ_ONLY = "crm:read";

    private static final KeyPair KEYS = newKeyPair();
    private static final String KEY_ID = "test-" + UUID.randomUUID();
    private static Path publicKeyFile;
    private static HttpServer jwksServer;

    private TestTokens() {
    }

    /** {@code Bearer <token>} of full scope for the employee. */
    public static String bearer(String employeeId) {
        return "Bearer " + token(employeeId, FULL, Duration.ofHours(1));
    }

    /** {@code Bearer <token>} of read-only scope for the employee. */
    public static String readOnlyBearer(String employeeId) {
        return "Bearer " + token(employeeId, READ_ONLY, Duration.ofHours(1));
    }

    /** JSON request headers carrying a full-scope token of the employee. */
    public static HttpHeaders headers(String employeeId) {
        return headersWith(bearer(employeeId));
    }

    /** JSON request headers with this {@code Authorization} value. */
    public static HttpHeaders headersWith(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        return headers;
    }

    /**
     * A client like {@code http} (same server, same root URI) that sends {@code authorization} (e.g.
     * {@code TestTokens.bearer(id)}) with every request. Leaves {@code http}, which a cached context shares, as it is.
     */
    public static TestRestTemplate as(TestRestTemplate http, String authorization) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .uriTemplateHandler(http.getRestTemplate().getUriTemplateHandler())
                .defaultHeader(HttpHeaders.AUTHORIZATION, authorization));
    }

    /** A token valid for {@code ttl} from now (negative: already expired). */
    public static String token(String employeeId, String scope, Duration ttl) {
        return sign(KEYS, employeeId, scope, ISSUER, ttl);
    }

    /** A well-formed token signed with a key no service trusts. */
    public static String foreignToken(String employeeId) {
        return sign(newKeyPair(), employeeId, FULL, ISSUER, Duration.ofHours(1));
    }

    /** A token from another issuer, signed with the trusted key. */
    public static String tokenOfIssuer(String employeeId, String issuer) {
        return sign(KEYS, employeeId, FULL, issuer, Duration.ofHours(1));
    }

    /**
     * The trusted key as a JWK set, served by a small HTTP server on 127.0.0.1 (started once per JVM), for tests
     * of the production path ({@code crm.security.jwks-uri}) instead of the public key file.
     */
    public static synchronized String jwksUri() {
        if (jwksServer == null) {
            try {
                String body = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID)
                        .algorithm(JWSAlgorithm.RS256).build()).toString();
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
                jwksServer = server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A {@code file:} resource location of the public key (X.509 PEM), written once per JVM. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("crm-test-token-key", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    private static String sign(KeyPair keys, String employeeId, String scope, String issuer, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(employeeId)
                .claim("login", employeeId)
                .claim("scope", scope)
                .issuer(issuer)
                .issueTime(Date.from(now.minusSeconds(ttl.isNegative() ? 7200 : 0)))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
