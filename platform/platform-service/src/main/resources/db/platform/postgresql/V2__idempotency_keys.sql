-- Creating requests that carry an Idempotency-Key: the first result is kept so a repeat returns it unchanged.
CREATE TABLE idempotency_keys (
    scope         VARCHAR(64)  NOT NULL,
    request_key   VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, request_key)
);
