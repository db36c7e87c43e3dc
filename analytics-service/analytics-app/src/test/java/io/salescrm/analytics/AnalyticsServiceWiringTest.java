package io.salescrm.analytics;

import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.ServiceWiringContract;

@ServiceIntegrationTest
class AnalyticsServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String serviceName() {
        return "analytics";
    }

    @Override
    protected String consumedTopic() {
        return PipelineTopic.NAME;
    }

    @Override
    protected String protectedPath() {
        return "/deals/summary";
    }
}
