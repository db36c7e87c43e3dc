package io.salescrm.gateway.security;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The sign-in service's public keys, fetched from its JWKS and cached for {@code ttl}. Unlike a cache that is only
 * refreshed for unknown key ids, this one also forgets keys: a retired key stops verifying within {@code ttl}. A
 * token naming a key id that is not cached makes it fetch at once (a rotation), at most once a second so that
 * tokens with made-up key ids cannot flood the sign-in service. While the JWKS cannot be fetched, the keys fetched
 * last keep being used.
 */
final class CachingJwkSource implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(CachingJwkSource.class);
    private static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(1);

    private record Cached(JWKSet keys, long fetchedAtNanos) {
    }

    private final WebClient web;
    private final String jwksUri;
    private final Duration ttl;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final AtomicReference<Mono<JWKSet>> inFlight = new AtomicReference<>();

    CachingJwkSource(WebClient web, String jwksUri, Duration ttl) {
        this.web = web;
        this.jwksUri = jwksUri;
        this.ttl = ttl;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Cached current = cached.get();
        if (current != null && age(current).compareTo(ttl) < 0) {
            List<JWK> found = selector.select(current.keys());
            if (!found.isEmpty() || age(current).compareTo(MIN_REFETCH_INTERVAL) < 0) {
                return Flux.fromIterable(found);
            }
        }
        return fetch().flatMapIterable(selector::select);
    }

    private Mono<JWKSet> fetch() {
        Mono<JWKSet> running = inFlight.get();
        if (running != null) {
            return running;
        }
        Mono<JWKSet> fetch = web.get().uri(jwksUri).accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .map(CachingJwkSource::parse)
                .doOnNext(keys -> cached.set(new Cached(keys, System.nanoTime())))
                .onErrorResume(failure -> {
                    Cached last = cached.get();
                    if (last == null) {
                        return Mono.error(new IllegalStateException("the signing keys cannot be fetched from " + jwksUri, failure));
                    }
                    log.warn("Cannot fetch the signing keys from {} ({}); using the keys fetched before", jwksUri, failure.toString());
                    return Mono.just(last.keys());
                })
                .doFinally(signal -> inFlight.set(null))
                .cache();
        return inFlight.compareAndSet(null, fetch) ? fetch : inFlight.get() != null ? inFlight.get() : fetch;
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("the JWKS is not valid: " + e.getMessage(), e);
        }
    }

    private static Duration age(Cached cached) {
        return Duration.ofNanos(System.nanoTime() - cached.fetchedAtNanos());
    }
}
