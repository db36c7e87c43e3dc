-- Sign-in credentials of employees, beside the event store and written in the same transactions as the employee
-- commands. Passwords only as BCrypt hashes; never in events or responses. Read by sign-in (auth) directly.
CREATE TABLE employee_credentials (
    employee_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    login                VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    active               BOOLEAN      NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_employee_credentials_login UNIQUE (login)
);
