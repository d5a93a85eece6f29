package org.clusteratlas.shared;

/**
 * A write collides with existing data (a taken slug or external id). Carries a message key so pages and problem
 * documents can explain it in the user's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
