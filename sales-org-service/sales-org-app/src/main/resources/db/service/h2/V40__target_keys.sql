-- Sales targets: the register of active targets, at most one per subject, period and measure. Written by the
-- target command handlers in the same transaction as the events that set, split into or cancel a target.
CREATE TABLE target_keys (
    subject_type  VARCHAR(16)  NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    period_type   VARCHAR(16)  NOT NULL,
    period_start  DATE         NOT NULL,
    measure       VARCHAR(16)  NOT NULL,
    target_id     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (subject_type, subject_id, period_type, period_start, measure)
);
