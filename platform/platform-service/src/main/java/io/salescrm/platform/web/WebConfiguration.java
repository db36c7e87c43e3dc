package io.salescrm.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/** HTTP conventions every service follows: request ids, bounded bodies, problem details, an OpenAPI document. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
@Import(ApiExceptionHandler.class)
public class WebConfiguration {

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${crm.web.max-request-bytes:1048576}") long maxBytes, Environment environment, ObjectMapper objectMapper) {
        Map<String, Long> uploadLimits = Binder.get(environment)
                .bind("crm.web.upload-limits", Bindable.mapOf(String.class, Long.class)).orElse(Map.of());
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes, uploadLimits, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    public IdempotentCreation idempotentCreation(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                                 ObjectMapper objectMapper) {
        return new IdempotentCreation(jdbc, new TransactionTemplate(transactionManager), objectMapper);
    }

    @Bean
    public OpenAPI serviceOpenApi(@Value("${spring.application.name}") String service,
                                  @Value("${crm.api.description:}") String description) {
        return new OpenAPI().info(new Info().title(service + " API").version("v1").description(description));
    }
}
