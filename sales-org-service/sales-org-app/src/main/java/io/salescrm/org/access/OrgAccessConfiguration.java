package io.salescrm.org.access;

import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class OrgAccessConfiguration implements WebMvcConfigurer {

    private final AccessPolicy policy;
    private final CurrentEmployee current;

    public OrgAccessConfiguration(AccessPolicy policy, CurrentEmployee current) {
        this.policy = policy;
        this.current = current;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OrgEndpointRights(policy, current));
    }
}
