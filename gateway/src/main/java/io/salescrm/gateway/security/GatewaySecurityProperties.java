package io.salescrm.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code crm.security.*} at the gateway: where the sign-in service publishes its keys and exchanges personal API
 * tokens, and which issuer to accept.
 *
 * @param jwksUri           the sign-in service's JWKS ({@code CRM_JWKS_URI}, default {@code ${ORG_URL}/.well-known/jwks.json})
 * @param tokenExchangeUri  where personal API tokens are exchanged for access tokens ({@code ${ORG_URL}/auth/token-exchange})
 * @param issuer            the {@code iss} every access token must carry; empty: not checked
 * @param jwksCacheTtl      how long fetched keys are trusted before the JWKS is read again (a retired key stops
 *                          working at the gateway within this time); a token naming an unknown key id makes the
 *                          gateway read the JWKS at once (at most once a second)
 * @param exchangeTimeout   how long a personal-token exchange may take before the request fails with 503
 */
@ConfigurationProperties("crm.security")
public record GatewaySecurityProperties(
        @DefaultValue("http://127.0.0.1:8082/.well-known/jwks.json") String jwksUri,
        @DefaultValue("http://127.0.0.1:8082/auth/token-exchange") String tokenExchangeUri,
        @DefaultValue("") String issuer,
        @DefaultValue("60s") Duration jwksCacheTtl,
        @DefaultValue("5s") Duration exchangeTimeout) {
}
