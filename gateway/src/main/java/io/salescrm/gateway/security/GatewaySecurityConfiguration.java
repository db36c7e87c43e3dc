package io.salescrm.gateway.security;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Authentication at the gateway (DESIGN §4): every {@code /api/**} route needs a valid access token of the sign-in
 * service (JWT, RS256, keys from its JWKS, {@code iss} = {@code crm.security.issuer} when set, not expired), except
 * {@link #PUBLIC_API_PATHS}. The gateway's own endpoints and anything outside {@code /api/} are public (they are
 * the gateway's health, docs and, later, the web client; unknown paths stay 404).
 *
 * <ul>
 * <li>A missing or invalid token: 401 problem with {@code WWW-Authenticate: Bearer} and the request id.</li>
 * <li>Scope {@code crm:read} may only read (GET, HEAD): other methods are 403; scope {@code crm} may do all.</li>
 * <li>{@code Bearer crm_pat_...}: exchanged on every request by {@link PersonalTokenExchange}.</li>
 * <li>The token is forwarded to the service unchanged (or the exchanged one); services check it again.</li>
 * <li>A bearer header where no token is needed is ignored, so an expired token cannot block a sign-in, a refresh
 * or the health check.</li>
 * <li>CORS is answered before authentication, so browsers can read 401s and preflights need no token.</li>
 * </ul>
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
public class GatewaySecurityConfiguration {

    static final String FULL = "SCOPE_crm";
    static final String READ = "SCOPE_crm:read";

    /** Routed paths served without a token. */
    public static final List<String> PUBLIC_API_PATHS = List.of("/api/org/auth/login", "/api/org/auth/refresh",
            "/api/org/auth/token-exchange", "/api/org/.well-known/jwks.json", "/api/*/v3/api-docs",
            "/api/*/actuator/health", "/api/*/actuator/health/liveness", "/api/*/actuator/health/readiness");

    @Bean
    public SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder gatewayJwtDecoder,
            GatewaySecurityProperties properties, GlobalCorsProperties cors, ObjectMapper objectMapper,
            @Value("${crm.gateway.connect-timeout-ms:2000}") int connectTimeoutMs) {
        GatewayProblems problems = new GatewayProblems(objectMapper);
        ServerWebExchangeMatcher publicApi = new OrServerWebExchangeMatcher(PUBLIC_API_PATHS.stream()
                .map(path -> (ServerWebExchangeMatcher) new PathPatternParserServerWebExchangeMatcher(path)).toList());
        ServerWebExchangeMatcher needsToken = new AndServerWebExchangeMatcher(
                new PathPatternParserServerWebExchangeMatcher("/api/**"), new NegatedServerWebExchangeMatcher(publicApi));

        ServerBearerTokenAuthenticationConverter headerOnly = new ServerBearerTokenAuthenticationConverter();
        PersonalTokenExchange personalTokens = new PersonalTokenExchange(webClient(connectTimeoutMs),
                properties.tokenExchangeUri(), properties.exchangeTimeout(), needsToken, problems);
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> problems.write(exchange,
                HttpStatus.UNAUTHORIZED, detail(failure), challenge(failure));
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "Your access token does not allow this request (a read-only token may only read).",
                "Bearer error=\"insufficient_scope\"");
        ServerAuthenticationFailureHandler failed = (webFilterExchange, failure) ->
                failure instanceof AuthenticationServiceException
                        ? problems.write(webFilterExchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE,
                                "Access tokens cannot be checked right now (the sign-in service's keys are unavailable).", null)
                        : unauthorized.commence(webFilterExchange.getExchange(), failure);

        UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
        corsSource.setCorsConfigurations(cors.getCorsConfigurations());

        return http
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .anonymous(anonymous -> { })
            .cors(c -> c.configurationSource(corsSource))
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .authorizeExchange(exchanges -> exchanges
                .matchers(publicApi).permitAll()
                .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(FULL, READ)
                .pathMatchers(HttpMethod.HEAD, "/api/**").hasAnyAuthority(FULL, READ)
                .pathMatchers("/api/**").hasAuthority(FULL)
                .anyExchange().permitAll())
            .oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtDecoder(gatewayJwtDecoder))
                .bearerTokenConverter(exchange -> needsToken.matches(exchange)
                    .flatMap(match -> match.isMatch() ? headerOnly.convert(exchange) : Mono.empty()))
                .authenticationEntryPoint(unauthorized)
                .authenticationFailureHandler(failed)
                .accessDeniedHandler(forbidden))
            .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
            .addFilterBefore(personalTokens, SecurityWebFiltersOrder.AUTHENTICATION)
            .build();
    }

    /** Checks signature (RS256, keys from the JWKS), expiry, a subject and, when configured, the issuer. */
    @Bean
    public ReactiveJwtDecoder gatewayJwtDecoder(GatewaySecurityProperties properties,
            @Value("${crm.gateway.connect-timeout-ms:2000}") int connectTimeoutMs) {
        CachingJwkSource keys = new CachingJwkSource(webClient(connectTimeoutMs), properties.jwksUri(), properties.jwksCacheTtl());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys).build();
        OAuth2TokenValidator<Jwt> defaults = StringUtils.hasText(properties.issuer())
                ? JwtValidators.createDefaultWithIssuer(properties.issuer())
                : JwtValidators.createDefault();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(defaults, new JwtClaimValidator<String>("sub", Objects::nonNull)));
        // Keys that cannot be fetched are not the token's fault: a JwtException that is not a BadJwtException
        // becomes an AuthenticationServiceException, answered 503 by the chain above (not 401, not 500).
        return token -> decoder.decode(token).onErrorMap(failure -> !(failure instanceof JwtException),
                failure -> new JwtException("the signing keys are unavailable", failure));
    }

    /** Paths the firewall refuses (encoded slashes, "..", ";" and the like): a 400 problem instead of an empty 400. */
    @Bean
    public ServerExchangeRejectedHandler gatewayExchangeRejectedHandler(ObjectMapper objectMapper) {
        GatewayProblems problems = new GatewayProblems(objectMapper);
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST,
                "The request path is not acceptable (encoded or relative segments).", null);
    }

    private static WebClient webClient(int connectTimeoutMs) {
        HttpClient client = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMs);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(client))
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024))
            .build();
    }

    private static String detail(AuthenticationException failure) {
        return failure instanceof OAuth2AuthenticationException
                ? "The access token is invalid or expired; sign in again (POST /api/org/auth/login)."
                : "This request needs an access token: send 'Authorization: Bearer <token>' (POST /api/org/auth/login).";
    }

    private static String challenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            String description = error.getDescription() == null ? "" : ", error_description=\""
                    + error.getDescription().replace('"', '\'').replace('\\', '/') + "\"";
            return "Bearer error=\"" + error.getErrorCode() + "\"" + description;
        }
        return "Bearer";
    }
}
