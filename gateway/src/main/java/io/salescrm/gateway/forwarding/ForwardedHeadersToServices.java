package io.salescrm.gateway.forwarding;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells a service how the client reached it, so that what it renders with absolute URLs (springdoc's "servers"
 * entry, {@code Location} headers) points at the gateway: {@code X-Forwarded-Prefix: /api/pipeline},
 * {@code X-Forwarded-Host}, {@code -Proto}, {@code -Port}, {@code -For}.
 *
 * <p>Why not Spring Cloud Gateway's own {@code XForwardedHeadersFilter}: it does derive the prefix from
 * {@code StripPrefix}, but since 4.3.0 (CVE-2025-41235) it is only created when
 * {@code spring.cloud.gateway.server.webflux.trusted-proxies} is set, skips every client whose address does not
 * match it, and otherwise <em>appends</em> to whatever the client sent. Without it, a client's own
 * {@code X-Forwarded-*} / {@code Forwarded} headers pass through to the services untouched, which lets anyone
 * choose the host and prefix a service believes it is served under. This filter therefore drops all incoming
 * forwarding headers and writes its own, taken from the gateway's view of the request (which already honours a
 * trusted ingress when {@code trusted-proxies} or {@code server.forward-headers-strategy} is configured).
 *
 * <p>Runs last among the gateway's header filters, so it wins over the built-in ones if those are ever enabled.
 */
@Component
public class ForwardedHeadersToServices implements HttpHeadersFilter, Ordered {

    static final String X_FORWARDED_PREFIX = "X-Forwarded-Prefix";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_PORT = "X-Forwarded-Port";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private static final Set<String> DROPPED = Set.of("forwarded", "x-forwarded-prefix", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "x-forwarded-server", "x-forwarded-ssl");

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders out = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
                out.addAll(name, values);
            }
        });
        ServerHttpRequest request = exchange.getRequest();
        URI uri = request.getURI();
        String scheme = uri.getScheme() != null ? uri.getScheme() : "http";
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
        if (uri.getHost() != null) {
            out.set(X_FORWARDED_HOST, uri.getPort() >= 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost());
        }
        out.set(X_FORWARDED_PROTO, scheme);
        out.set(X_FORWARDED_PORT, Integer.toString(port));
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote != null) {
            out.set(X_FORWARDED_FOR, remote.getHostString());
        }
        String prefix = strippedPrefix(exchange);
        if (!prefix.isEmpty()) {
            out.set(X_FORWARDED_PREFIX, prefix);
        }
        return out;
    }

    /**
     * The part of the path the gateway removed before forwarding ({@code /api/pipeline} for
     * {@code /api/pipeline/deals -> /deals}), or "" if none was removed.
     */
    static String strippedPrefix(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        URI routed = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (originals == null || originals.isEmpty() || routed == null) {
            return "";
        }
        // The first entry is the URL as the client sent it (later filters add their intermediate versions).
        String original = withoutTrailingSlash(originals.iterator().next().getRawPath());
        String forwarded = withoutTrailingSlash(routed.getRawPath());
        if (original.length() <= forwarded.length() || !original.endsWith(forwarded)) {
            return "";
        }
        return original.substring(0, original.length() - forwarded.length());
    }

    private static String withoutTrailingSlash(String path) {
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
