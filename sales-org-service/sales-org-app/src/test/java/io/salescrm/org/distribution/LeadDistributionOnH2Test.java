package io.salescrm.org.distribution;

import io.salescrm.platform.test.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** Lead distribution end to end on the embedded H2 event store. */
@ServiceIntegrationTest
@TestPropertySource(properties = "crm.distribution.rule-snapshot-every=" + DistributionMother.SNAPSHOT_EVERY)
class LeadDistributionOnH2Test extends LeadDistributionContract {
}
