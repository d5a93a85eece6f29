package org.clusteratlas.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The path of a constraint violation as a client wrote it: {@code contacts[0].email}, {@code industries[2]}. Bean
 * Validation's own {@code toString} adds {@code <list element>} nodes for constraints on list elements, which no
 * client can match to its input.
 */
public final class ViolationPaths {

    private ViolationPaths() {}

    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
