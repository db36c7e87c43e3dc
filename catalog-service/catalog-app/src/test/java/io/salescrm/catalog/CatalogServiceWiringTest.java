package io.salescrm.catalog;

import io.salescrm.org.api.OrgTopic;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.ServiceWiringContract;

@ServiceIntegrationTest
class CatalogServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String serviceName() {
        return "catalog";
    }

    @Override
    protected String consumedTopic() {
        return OrgTopic.NAME;
    }

    @Override
    protected String protectedPath() {
        return "/products";
    }
}
