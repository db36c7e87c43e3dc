package io.salescrm.platform.rules;

/**
 * A command carried a value the domain refuses for one field (e.g. a negative amount). Answered as 400 with
 * the field named, exactly like a failed bean validation at the edge.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
