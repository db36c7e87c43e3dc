package io.salescrm.org.auth.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.salescrm.org.auth.keys.SigningKeyStore;
import io.salescrm.org.auth.token.AccessTokenIssuer;
import io.salescrm.platform.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who may call sales-org (sales-org only; the other services get theirs from {@code platform-access}).
 *
 * <ul>
 * <li>Public: {@code /auth/login}, {@code /auth/refresh}, {@code /auth/token-exchange},
 * {@code /.well-known/jwks.json}, {@code /actuator/**}, {@code /v3/api-docs/**} and {@code /error}. A bearer header
 * sent to these is ignored (an expired token must not stop a refresh).</li>
 * <li>Everything else needs a valid access token of this issuer (RS256, one of the keys that are not retired,
 * {@code iss} = {@code crm.security.issuer}, not expired, with a subject), verified against the key store directly,
 * never over HTTP.</li>
 * <li>GET, HEAD and OPTIONS need scope {@code crm} or {@code crm:read}; every other method needs {@code crm}
 * (a read-only personal API token cannot change anything).</li>
 * <li>401 and 403 are RFC 9457 problems with the request id and a {@code WWW-Authenticate: Bearer ...} header.</li>
 * </ul>
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AuthSettings.class)
public class SalesOrgSecurityConfiguration {

    static final String FULL = "SCOPE_" + AccessTokenIssuer.FULL_SCOPE;
    static final String READ = "SCOPE_" + AccessTokenIssuer.READ_SCOPE;

    /** Reachable without a token. */
    public static final String[] PUBLIC_PATHS = {"/auth/login", "/auth/refresh", "/auth/token-exchange",
            "/.well-known/jwks.json", "/actuator/**", "/v3/api-docs/**", "/error"};

    @Bean
    public SecurityFilterChain salesOrgSecurityFilterChain(HttpSecurity http, JwtDecoder salesOrgJwtDecoder,
                                                           ObjectMapper objectMapper) throws Exception {
        RequestMatcher publicPaths = new OrRequestMatcher(Arrays.stream(PUBLIC_PATHS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        BearerTokenResolver tokens = request -> publicPaths.matches(request) ? null : headerOnly.resolve(request);
        ProblemEntryPoint problems = new ProblemEntryPoint(objectMapper);

        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> { })
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(publicPaths).permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyAuthority(FULL, READ)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyAuthority(FULL, READ)
                        .requestMatchers(HttpMethod.OPTIONS, "/**").hasAnyAuthority(FULL, READ)
                        .anyRequest().hasAuthority(FULL))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(tokens)
                        .jwt(jwt -> jwt.decoder(salesOrgJwtDecoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Verifies this issuer's tokens with the keys in {@link SigningKeyStore} (no HTTP call to the JWKS), and, when
     * {@code crm.security.public-key-location} is set, tokens signed with that one key (tests).
     */
    @Bean
    public JwtDecoder salesOrgJwtDecoder(SigningKeyStore keys, AuthSettings settings, ResourceLoader resources) {
        JWSVerificationKeySelector<SecurityContext> ownKeys = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys);
        RSAPublicKey extraKey = StringUtils.hasText(settings.publicKeyLocation())
                ? publicKey(resources.getResource(settings.publicKeyLocation())) : null;
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector((header, context) -> {
            List<? extends Key> found = ownKeys.selectJWSKeys(header, context);
            return found.isEmpty() && extraKey != null && JWSAlgorithm.RS256.equals(header.getAlgorithm())
                    ? List.of(extraKey) : found;
        });
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // Spring's validators below check the claims, with consistent error messages.
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new JwtClaimValidator<String>("sub", Objects::nonNull)));
        return decoder;
    }

    private static RSAPublicKey publicKey(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token public key from " + resource, e);
        }
    }

    /** 401 and 403 as problem documents, after the standard bearer-token challenge header. */
    static final class ProblemEntryPoint implements org.springframework.security.web.AuthenticationEntryPoint, AccessDeniedHandler {

        private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        private final ObjectMapper objectMapper;

        ProblemEntryPoint(ObjectMapper objectMapper) {
            this.objectMapper = objectMapper;
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException {
            challenge.commence(request, response, failure);
            String detail = failure instanceof OAuth2AuthenticationException
                    ? "The access token is invalid or expired; sign in again."
                    : "This request needs an access token: send 'Authorization: Bearer <token>' (POST /api/org/auth/login).";
            write(response, HttpStatus.UNAUTHORIZED, "Unauthenticated", "/problems/unauthenticated", detail);
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response,
                           org.springframework.security.access.AccessDeniedException denial) throws IOException {
            denied.handle(request, response, denial);
            write(response, HttpStatus.FORBIDDEN, "Forbidden", "/problems/access-denied",
                    "Your access token does not allow this request (a read-only token may only read).");
        }

        private void write(HttpServletResponse response, HttpStatus status, String title,
                           String type, String detail) throws IOException {
            if (response.isCommitted()) {
                return;
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setType(URI.create(type));
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            if (requestId != null) {
                problem.setProperty("requestId", requestId);
            }
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), problem);
        }
    }
}
