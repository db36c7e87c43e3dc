package io.salescrm.gateway.error;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import io.salescrm.gateway.requestid.RequestIds;

/**
 * Every error raised in the gateway itself becomes an RFC 9457 problem ({@code application/problem+json}) with the
 * request id, never a stack trace:
 * <ul>
 * <li>no route and no resource for the path: 404;</li>
 * <li>the route's service cannot be reached (connection refused, connect timeout, unknown host): 503 "<name>
 * service unavailable";</li>
 * <li>the service did not answer within the route's {@code response-timeout}: 504;</li>
 * <li>the service dropped the connection before answering: 502;</li>
 * <li>other framework errors keep their status (405, 415, ...); anything unexpected: 500 with a generic text.</li>
 * </ul>
 * Responses that the services themselves produce (including their own problems) pass through untouched.
 *
 * <p>Order -2 puts it before Spring Boot's {@code DefaultErrorWebExceptionHandler} (-1), which renders HTML or the
 * Boot error JSON.
 */
@Component
@Order(-2)
public class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsErrorHandler.class);

    /** Route metadata key naming the service in messages ("pipeline service unavailable"); default: route id. */
    public static final String SERVICE_NAME_METADATA = "service-name";

    private final ObjectMapper objectMapper;

    public ProblemDetailsErrorHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            // Part of a response is already on the wire; nothing sensible can be written any more.
            return Mono.error(ex);
        }
        ServerHttpRequest request = exchange.getRequest();
        String requestId = request.getHeaders().getFirst(RequestIds.HEADER);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ProblemDetail problem = toProblem(exchange, route, ex, requestId);
        problem.setInstance(safeUri(request.getURI().getRawPath()));
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }

        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        }
        catch (JsonProcessingException e) {
            return Mono.error(ex);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Route route, Throwable ex, String requestId) {
        ServerHttpRequest request = exchange.getRequest();
        String service = serviceName(route);

        if (hasCause(ex, TimeoutException.class) || statusOf(ex) == HttpStatus.GATEWAY_TIMEOUT.value()) {
            Object timeout = route != null ? route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR) : null;
            String detail = service + " service did not respond"
                    + (timeout != null ? " within " + timeout + " ms" : " in time");
            warn(request, requestId, detail);
            return problem(HttpStatus.GATEWAY_TIMEOUT, detail);
        }
        if (route != null && isUnreachable(ex)) {
            String detail = service + " service unavailable";
            warn(request, requestId, detail + " (" + rootMessage(ex) + ")");
            return problem(HttpStatus.SERVICE_UNAVAILABLE, detail);
        }
        if (route != null && hasCause(ex, PrematureCloseException.class)) {
            String detail = service + " service closed the connection before answering";
            warn(request, requestId, detail);
            return problem(HttpStatus.BAD_GATEWAY, detail);
        }
        if (ex instanceof ErrorResponse errorResponse) {
            HttpStatusCode status = errorResponse.getStatusCode();
            copyErrorHeaders(exchange, errorResponse);
            if (status.value() == HttpStatus.NOT_FOUND.value()) {
                // The framework's text ("No static resource ...") would only confuse an API client.
                return problem(HttpStatus.NOT_FOUND,
                        "No API route or resource matches " + request.getMethod() + " " + request.getPath());
            }
            if (status.is5xxServerError()) {
                error(request, requestId, ex);
                return problem(status, "The gateway failed to handle the request (request id " + requestId + ")");
            }
            ProblemDetail body = errorResponse.getBody();
            return problem(status, body.getDetail() != null ? body.getDetail() : reasonPhrase(status));
        }
        error(request, requestId, ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway failed to handle the request (request id " + requestId + ")");
    }

    /** A failed call to a service: expected in operation, so one line without a stack trace. */
    private static void warn(ServerHttpRequest request, String requestId, String text) {
        log.atWarn()
            .addKeyValue("http.request.id", requestId)
            .log("{} {}: {} [request_id={}]", request.getMethod(), request.getPath(), text, requestId);
    }

    /** A fault of the gateway itself: the stack trace goes to the log, never to the client. */
    private static void error(ServerHttpRequest request, String requestId, Throwable ex) {
        log.atError()
            .addKeyValue("http.request.id", requestId)
            .setCause(ex)
            .log("{} {} failed [request_id={}]", request.getMethod(), request.getPath(), requestId);
    }

    private static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(reasonPhrase(status));
        return problem;
    }

    private static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }

    private static void copyErrorHeaders(ServerWebExchange exchange, ErrorResponse errorResponse) {
        // e.g. Allow on 405, Accept on 415
        errorResponse.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
    }

    private static String serviceName(Route route) {
        if (route == null) {
            return "upstream";
        }
        Object name = route.getMetadata().get(SERVICE_NAME_METADATA);
        return name != null ? name.toString() : route.getId();
    }

    private static boolean isUnreachable(Throwable ex) {
        // ConnectException covers Netty's AnnotatedConnectException (refused) and ConnectTimeoutException.
        return hasCause(ex, ConnectException.class) || hasCause(ex, NoRouteToHostException.class)
                || hasCause(ex, UnknownHostException.class) || hasCause(ex, UnresolvedAddressException.class);
    }

    private static int statusOf(Throwable ex) {
        return ex instanceof ErrorResponse errorResponse ? errorResponse.getStatusCode().value() : -1;
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
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
