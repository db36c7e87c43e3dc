-- Axon Framework JDBC storage (default EventSchema/TokenSchema/SagaSchema names), PostgreSQL 13+ (bytea, not large objects).
CREATE TABLE DomainEventEntry (
    globalIndex         BIGSERIAL PRIMARY KEY,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA         NOT NULL,
    metaData            BYTEA,
    CONSTRAINT uk_domain_event_aggregate_seq UNIQUE (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA         NOT NULL,
    metaData            BYTEA,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL PRIMARY KEY,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaId           VARCHAR(255) NOT NULL,
    sagaType         VARCHAR(255)
);
CREATE INDEX ix_association_saga_type_key_value ON AssociationValueEntry (sagaType, associationKey, associationValue);
CREATE INDEX ix_association_saga_id_type ON AssociationValueEntry (sagaId, sagaType);
