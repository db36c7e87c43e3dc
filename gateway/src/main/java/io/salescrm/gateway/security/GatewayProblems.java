package io.salescrm.gateway.security;

import java.net.URI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import io.salescrm.gateway.requestid.RequestIds;

/**
 * The gateway's own 401/403/503 of authentication as RFC 9457 problems, shaped like those of
 * {@code ProblemDetailsErrorHandler} (title = reason phrase, detail, instance = path, requestId).
 */
final class GatewayProblems {

    private final ObjectMapper objectMapper;

    GatewayProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail, String wwwAuthenticate) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(safeUri(exchange.getRequest().getURI().getRawPath()));
        String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        }
        catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        if (wwwAuthenticate != null) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static URI safeUri(String rawPath) {
        try {
            return URI.create(rawPath);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
