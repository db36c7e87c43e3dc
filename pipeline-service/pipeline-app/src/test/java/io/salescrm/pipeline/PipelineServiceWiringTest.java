package io.salescrm.pipeline;

import io.salescrm.org.api.OrgTopic;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.ServiceWiringContract;

@ServiceIntegrationTest
class PipelineServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String serviceName() {
        return "pipeline";
    }

    @Override
    protected String consumedTopic() {
        return OrgTopic.NAME;
    }

    @Override
    protected String protectedPath() {
        return "/deals";
    }
}
