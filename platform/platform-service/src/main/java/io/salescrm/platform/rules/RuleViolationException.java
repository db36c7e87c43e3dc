package io.salescrm.platform.rules;

/**
 * A well-formed command that the current state does not allow (e.g. closing a deal twice). Answered as 422
 * with a stable machine-readable {@code rule} code beside the human text.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
