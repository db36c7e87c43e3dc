package io.salescrm.platform.access;

import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.access.model.AccessModelProjection;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The access read model (a projection of org events, processing group {@value AccessModelProjection#GROUP}), the
 * policy evaluated against it, and the current caller.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    public AccessModelProjection accessModelProjection(MongoTemplate mongo) {
        return new AccessModelProjection(mongo);
    }

    @Bean
    public AccessModel accessModel(MongoTemplate mongo) {
        return new AccessModel(mongo);
    }

    @Bean
    public CurrentEmployee currentEmployee() {
        return new CurrentEmployee();
    }

    @Bean
    public ActorPropagation actorPropagation(CurrentEmployee currentEmployee) {
        return new ActorPropagation(currentEmployee);
    }

    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ActorPropagation.METADATA_KEY);
    }

    @Bean
    public AccessPolicy accessPolicy(AccessModel model, CurrentEmployee currentEmployee) {
        return new AccessPolicy(model, currentEmployee);
    }

    @Bean
    public SmartInitializingSingleton accessModelIndexes(AccessModel model) {
        return () -> {
            try {
                model.ensureIndexes();
            } catch (RuntimeException e) {
                log.warn("Could not create the access model's indexes now (read-model store unavailable?): {}", e.toString());
            }
        };
    }
}
