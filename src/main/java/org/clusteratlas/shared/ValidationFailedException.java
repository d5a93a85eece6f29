package org.clusteratlas.shared;

import java.util.List;

/**
 * Input failed validation that Bean Validation alone cannot express (cross-field or data-dependent rules). Answered
 * as 400 with the field errors, like any other validation error.
 */
public class ValidationFailedException extends RuntimeException {

    private final transient List<FieldMessage> errors;

    public ValidationFailedException(List<FieldMessage> errors) {
        super("validation failed", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
