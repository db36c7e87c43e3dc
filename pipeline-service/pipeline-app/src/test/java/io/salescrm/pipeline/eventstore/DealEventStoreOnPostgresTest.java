package io.salescrm.pipeline.eventstore;

import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;

/** Runs where a PostgreSQL server answers on the local machine (as on CI); skipped elsewhere. */
@ServiceIntegrationTestOnPostgres
class DealEventStoreOnPostgresTest extends DealEventStoreContract {
}
