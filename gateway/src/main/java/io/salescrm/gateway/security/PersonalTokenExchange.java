package io.salescrm.gateway.security;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.salescrm.gateway.requestid.RequestIds;

/**
 * Personal API tokens at the gateway: a request carrying {@code Authorization: Bearer crm_pat_...} is sent on with
 * the short-lived access token the sign-in service exchanges it for ({@code POST /auth/token-exchange}). The
 * exchange happens on every request, without caching, so a revoked token stops working at once. Runs in the
 * security chain just before the bearer-token authentication, which then validates the exchanged token like any
 * other.
 */
final class PersonalTokenExchange implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(PersonalTokenExchange.class);
    static final String PREFIX = "crm_pat_";

    private final WebClient web;
    private final String exchangeUri;
    private final Duration timeout;
    private final ServerWebExchangeMatcher needsToken;
    private final GatewayProblems problems;

    PersonalTokenExchange(WebClient web, String exchangeUri, Duration timeout, ServerWebExchangeMatcher needsToken,
            GatewayProblems problems) {
        this.web = web;
        this.exchangeUri = exchangeUri;
        this.timeout = timeout;
        this.needsToken = needsToken;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String personalToken = personalToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (personalToken == null) {
            return chain.filter(exchange);
        }
        return needsToken.matches(exchange).flatMap(match -> {
            if (!match.isMatch()) {
                return chain.filter(exchange);
            }
            return exchangeFor(exchange, personalToken)
                    .flatMap(accessToken -> chain.filter(exchange.mutate()
                            .request(request -> request.headers(headers -> headers.setBearerAuth(accessToken)))
                            .build()))
                    .onErrorResume(Refused.class, refused -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
                            refused.getMessage(), "Bearer error=\"invalid_token\", error_description=\"" + refused.getMessage() + "\""))
                    .onErrorResume(Unavailable.class, unavailable -> problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                            "Personal API tokens cannot be checked right now (sales-org service unavailable).", null));
        });
    }

    private Mono<String> exchangeFor(ServerWebExchange exchange, String personalToken) {
        String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        return web.post().uri(exchangeUri)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (requestId != null) {
                        headers.set(RequestIds.HEADER, requestId);
                    }
                })
                .bodyValue(Map.of("token", personalToken))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(timeout)
                .map(body -> {
                    JsonNode accessToken = body.get("accessToken");
                    if (accessToken == null || !accessToken.isTextual()) {
                        throw new Unavailable("the token exchange answered without an access token");
                    }
                    return accessToken.asText();
                })
                .onErrorMap(failure -> !(failure instanceof Refused || failure instanceof Unavailable), failure -> {
                    if (failure instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError()) {
                        return new Refused("The personal API token is unknown, revoked or expired.");
                    }
                    log.warn("Personal API token exchange at {} failed: {} [request_id={}]", exchangeUri, failure.toString(), requestId);
                    return new Unavailable(failure.toString());
                });
    }

    /** The token of a {@code Bearer crm_pat_...} header, or null. */
    static String personalToken(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.startsWith(PREFIX) && token.length() <= 200 ? token : null;
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
