package org.clusteratlas.organization;

import java.util.List;
import org.clusteratlas.shared.FieldMessage;
import org.clusteratlas.shared.ValidationFailedException;

/** The organization data is invalid; {@link #errors()} says what, field by field, in the caller's language. */
public class InvalidOrganizationException extends ValidationFailedException {

    public InvalidOrganizationException(List<FieldMessage> errors) {
        super(errors);
    }
}
