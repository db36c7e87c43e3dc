-- Sales scripts: at most one company-standard script per product, section or pipeline stage. Written by the
-- script command handler in the same transaction as the event that creates the script.
CREATE TABLE script_scopes (
    scope_kind  VARCHAR(16)  NOT NULL,
    scope_id    VARCHAR(64)  NOT NULL,
    script_id   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (scope_kind, scope_id)
);
