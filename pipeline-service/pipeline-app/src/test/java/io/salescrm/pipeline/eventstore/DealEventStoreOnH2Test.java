package io.salescrm.pipeline.eventstore;

import io.salescrm.platform.test.ServiceIntegrationTest;

@ServiceIntegrationTest
class DealEventStoreOnH2Test extends DealEventStoreContract {
}
