package org.clusteratlas.shared;

/**
 * One invalid field of a request: its path as the caller wrote it ({@code address.postalCode},
 * {@code contacts[0].email}) and what is wrong, in the caller's language.
 */
public record FieldMessage(String field, String message) {}
