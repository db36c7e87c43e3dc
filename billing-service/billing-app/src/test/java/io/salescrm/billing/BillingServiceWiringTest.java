package io.salescrm.billing;

import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.ServiceWiringContract;

@ServiceIntegrationTest
class BillingServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String serviceName() {
        return "billing";
    }

    @Override
    protected String consumedTopic() {
        return PipelineTopic.NAME;
    }

    @Override
    protected String protectedPath() {
        return "/quotes";
    }
}
