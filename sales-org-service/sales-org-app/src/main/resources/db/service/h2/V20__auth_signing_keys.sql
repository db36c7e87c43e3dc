-- RS256 signing keys of the built-in token issuer (io.salescrm.org.auth.keys). The newest key that is not retired
-- signs; every key that is not retired is published in /.well-known/jwks.json. "generation" is unique so that two
-- instances creating the first key (or rotating) at the same moment cannot both succeed: the loser re-reads.
CREATE TABLE auth_signing_keys (
    kid             VARCHAR(64)              NOT NULL PRIMARY KEY,
    generation      BIGINT                   NOT NULL,
    private_key_pem CLOB                     NOT NULL,
    public_key_pem  CLOB                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_signing_keys_generation_uq UNIQUE (generation)
);
