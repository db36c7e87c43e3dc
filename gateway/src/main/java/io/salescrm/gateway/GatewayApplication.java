package io.salescrm.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The CRM's single entry point: routes {@code /api/<context>/**} to the services (see application.yml), gives every
 * request an id, answers its own errors as RFC 9457 problem details and serves the aggregated Swagger UI.
 *
 * <p>Cross-cutting pieces live in their own classes: {@link io.salescrm.gateway.requestid.RequestIdHandlerDecorator},
 * {@link io.salescrm.gateway.forwarding.ForwardedHeadersToServices},
 * {@link io.salescrm.gateway.error.ProblemDetailsErrorHandler} and the access-token check
 * {@link io.salescrm.gateway.security.GatewaySecurityConfiguration}.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
