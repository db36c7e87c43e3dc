package io.salescrm.org;

import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.ServiceWiringContract;

@ServiceIntegrationTest
class SalesOrgServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String serviceName() {
        return "sales-org";
    }

    @Override
    protected String consumedTopic() {
        return PipelineTopic.NAME;
    }
}
