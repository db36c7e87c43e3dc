package io.salescrm.platform.rules;

/**
 * The request clashes with something that already exists (a taken name or login, a record that must stay unique).
 * Answered as 409 with a stable machine-readable {@code rule} code beside the human text.
 */
public class ConflictException extends RuntimeException {

    private final String rule;

    public ConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
