package io.salescrm.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.platform.json.CrmJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Axon's Jackson serializer (selected by {@code axon.serializer.*=jackson} in the platform defaults) takes the
 * bean named {@code defaultAxonObjectMapper}; we supply it so events are stored and sent in the platform's
 * JSON dialect. Defining it suppresses Boot's web ObjectMapper, so the web one is declared here too.
 */
@AutoConfiguration(beforeName = {
        "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
public class AxonSerializationConfiguration {

    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return CrmJson.newObjectMapper();
    }

    @Bean
    @Primary
    public ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return CrmJson.configure(builder.build());
    }
}
