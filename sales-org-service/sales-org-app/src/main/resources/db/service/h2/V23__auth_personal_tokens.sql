-- Personal API tokens (io.salescrm.org.auth.pat): only the SHA-256 of the secret is kept; the secret is shown once.
CREATE TABLE auth_personal_tokens (
    id           VARCHAR(64)              NOT NULL PRIMARY KEY,
    employee_id  VARCHAR(64)              NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    scope        VARCHAR(8)               NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_personal_tokens_hash_uq UNIQUE (token_hash)
);
CREATE INDEX auth_personal_tokens_employee_idx ON auth_personal_tokens (employee_id, created_at);
