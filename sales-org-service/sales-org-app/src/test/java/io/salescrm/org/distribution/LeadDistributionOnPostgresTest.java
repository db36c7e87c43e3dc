package io.salescrm.org.distribution;

import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.springframework.test.context.TestPropertySource;

/** Lead distribution end to end on PostgreSQL; runs where a server answers on the local machine (as on CI). */
@ServiceIntegrationTestOnPostgres
@TestPropertySource(properties = "crm.distribution.rule-snapshot-every=" + DistributionMother.SNAPSHOT_EVERY)
class LeadDistributionOnPostgresTest extends LeadDistributionContract {
}
