package io.salescrm.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The event store, token store and saga store live in one relational database (H2 file by default,
 * PostgreSQL by JDBC URL), created by the Flyway migrations under {@code db/platform/{vendor}}. Axon's
 * JdbcAutoConfiguration builds the event storage engine and saga store from the DataSource. Declared here:
 * the token store, because the Kafka extension would otherwise offer a Kafka-backed one and tracking tokens
 * must commit in the same database transaction as the work they track; and the duplicate-key resolver, so a
 * repeated creation is reported as such on every supported database.
 */
@AutoConfiguration(
        after = org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration.class,
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration"})
public class RelationalEventStoreConfiguration {

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider,
                                 @Qualifier("serializer") Serializer serializer,
                                 TokenStoreProperties tokenStoreProperties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .contentType(byte[].class)
                .build();
    }
}
