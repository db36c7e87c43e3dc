package io.salescrm.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend, plus the {@code hello} command (the successor of {@code isMaster} since
 * MongoDB 4.4/5.0). mongo-java-server 1.47.0 answers {@code hello} with CommandNotFound, and Spring Boot's
 * {@code MongoHealthIndicator} sends exactly {@code {hello: 1}}: without this every service's
 * {@code /actuator/health} would report DOWN against the local infra.
 */
final class CrmH2Backend extends H2Backend {

    CrmH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            response.put("helloOk", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
