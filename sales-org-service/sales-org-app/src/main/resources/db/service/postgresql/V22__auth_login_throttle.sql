-- Sign-in attempts per login (io.salescrm.org.auth.signin.LoginThrottle), in the database so that the limit holds
-- across instances. A row exists only while a login has unsuccessful attempts; a successful sign-in deletes it.
CREATE TABLE auth_login_throttle (
    login_key         VARCHAR(64)              NOT NULL PRIMARY KEY,
    attempts          INT                      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);
