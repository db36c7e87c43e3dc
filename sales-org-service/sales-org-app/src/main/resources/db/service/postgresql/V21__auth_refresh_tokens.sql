-- Refresh tokens (io.salescrm.org.auth.signin): only the SHA-256 of the opaque token is kept. Each use rotates the
-- token within its family (one family per sign-in); presenting a used token again revokes the whole family.
CREATE TABLE auth_refresh_tokens (
    token_hash        VARCHAR(64)              NOT NULL PRIMARY KEY,
    family_id         VARCHAR(64)              NOT NULL,
    employee_id       VARCHAR(64)              NOT NULL,
    family_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE,
    revoked_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX auth_refresh_tokens_family_idx ON auth_refresh_tokens (family_id);
CREATE INDEX auth_refresh_tokens_expires_idx ON auth_refresh_tokens (expires_at);
