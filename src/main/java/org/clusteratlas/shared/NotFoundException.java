package org.clusteratlas.shared;

/**
 * Something the caller asked for does not exist or must not be seen by the caller. Both cases answer the same 404,
 * so the response never reveals that a hidden resource exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
