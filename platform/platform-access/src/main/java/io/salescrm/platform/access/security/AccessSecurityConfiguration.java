package io.salescrm.platform.access.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A service is an OAuth2 resource server: every request needs a valid JWT access token (RS256, keys from the
 * sign-in service's JWKS) except health and metrics ({@code /actuator/**}), the OpenAPI document and the paths in
 * {@code crm.security.public-paths}. Tokens of scope {@code crm} may do anything their roles allow; tokens of
 * scope {@code crm:read} may only read (GET, HEAD). Refusals are problem details (see {@link ProblemResponses}).
 */
@AutoConfiguration(
        beforeName = {
                "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
                "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
                "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"},
        afterName = "io.salescrm.platform.axon.AxonSerializationConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(CrmSecurityProperties.class)
public class AccessSecurityConfiguration {

    public static final String FULL_SCOPE = "crm";
    public static final String READ_SCOPE = "crm:read";
    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/**", "/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain crmSecurityFilterChain(HttpSecurity http, CrmSecurityProperties properties,
                                                      ObjectMapper objectMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(objectMapper);
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        open.addAll(properties.publicPaths());
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .requestMatchers(HttpMethod.GET).hasAnyAuthority("SCOPE_" + FULL_SCOPE, "SCOPE_" + READ_SCOPE)
                        .requestMatchers(HttpMethod.HEAD).hasAnyAuthority("SCOPE_" + FULL_SCOPE, "SCOPE_" + READ_SCOPE)
                        .anyRequest().hasAuthority("SCOPE_" + FULL_SCOPE))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems);
                                return filter;
                            }
                        }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    public AccessOpenApi accessOpenApi() {
        return new AccessOpenApi();
    }

    /**
     * Checks signature (RS256), expiry and, when {@code crm.security.issuer} is set, the issuer. Keys come from the
     * JWKS ({@code crm.security.jwks-uri}, fetched lazily, cached and re-fetched for an unknown key id, so key
     * rotation needs no restart) or, in tests, from one public key file.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    public JwtDecoder jwtDecoder(CrmSecurityProperties properties, ResourceLoader resources) {
        NimbusJwtDecoder decoder = StringUtils.hasText(properties.publicKeyLocation())
                ? NimbusJwtDecoder.withPublicKey(publicKey(resources.getResource(properties.publicKeyLocation()))).build()
                : NimbusJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
        decoder.setJwtValidator(StringUtils.hasText(properties.issuer())
                ? JwtValidators.createDefaultWithIssuer(properties.issuer())
                : JwtValidators.createDefault());
        return decoder;
    }

    private static RSAPublicKey publicKey(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token public key from " + resource, e);
        }
    }
}
