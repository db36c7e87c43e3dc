-- The names in use by roles that exist, unique without regard to case (name_key = the stripped name in lower
-- case). Claimed in the same transaction as the events that give a role its name, so the rule is race-free.
CREATE TABLE role_names (
    role_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_key  VARCHAR(400) NOT NULL,
    CONSTRAINT role_names_name_key_unique UNIQUE (name_key)
);
