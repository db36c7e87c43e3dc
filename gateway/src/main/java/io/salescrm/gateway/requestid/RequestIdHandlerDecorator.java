package io.salescrm.gateway.requestid;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Request ids and the access log, for every request the gateway serves (routed calls, its own 404s, actuator,
 * Swagger UI).
 *
 * <p>This wraps the whole {@link HttpHandler} rather than being a gateway {@code GlobalFilter} or a
 * {@code WebFilter}: both of those finish <em>before</em> the error handler has turned an exception into a
 * 503/504 problem, so they would log the wrong status (and a GlobalFilter never sees unrouted requests). At this
 * level the request id is set before any filter (including a future security filter) runs, and the log line is
 * written once the response is complete, with its final status.
 *
 * <ul>
 * <li>keeps an incoming {@value RequestIds#HEADER} if it is sane (see {@link RequestIds}), otherwise replaces it
 * with a UUID; the (possibly replaced) header is what the services receive;</li>
 * <li>returns the id on the response;</li>
 * <li>logs one line per request on logger {@code io.salescrm.gateway.access}: method, path (no query string),
 * status, duration, request id, both in the message and as structured key/value pairs (ECS names) for
 * {@code CRM_LOG_FORMAT=ecs|logstash}.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdHandlerDecorator implements HttpHandlerDecoratorFactory {

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("io.salescrm.gateway.access");

    @Override
    public HttpHandler apply(HttpHandler delegate) {
        return (request, response) -> {
            long startNanos = System.nanoTime();
            String requestId = RequestIds.acceptOrGenerate(request.getHeaders().getFirst(RequestIds.HEADER));
            ServerHttpRequest withId = request.mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
            // beforeCommit, not now: error handlers and proxied responses may rewrite headers until the commit.
            response.beforeCommit(() -> {
                response.getHeaders().set(RequestIds.HEADER, requestId);
                return Mono.empty();
            });
            return delegate.handle(withId, response)
                .doFinally(signal -> logAccess(withId, response, requestId, startNanos, signal));
        };
    }

    private static void logAccess(ServerHttpRequest request, ServerHttpResponse response, String requestId,
            long startNanos, SignalType signal) {
        if (!ACCESS_LOG.isInfoEnabled()) {
            return;
        }
        long durationNanos = System.nanoTime() - startNanos;
        long durationMs = TimeUnit.NANOSECONDS.toMillis(durationNanos);
        HttpStatusCode statusCode = response.getStatusCode();
        int status = statusCode != null ? statusCode.value() : 200;
        String method = request.getMethod().name();
        String path = request.getPath().value();
        String outcome = signal == SignalType.CANCEL ? " (client went away)" : "";
        ACCESS_LOG.atInfo()
            .addKeyValue("http.request.id", requestId)
            .addKeyValue("http.request.method", method)
            .addKeyValue("url.path", path)
            .addKeyValue("http.response.status_code", status)
            .addKeyValue("event.duration", durationNanos)
            .log("{} {} {} {}ms request_id={}{}", method, path, status, durationMs, requestId, outcome);
    }
}
