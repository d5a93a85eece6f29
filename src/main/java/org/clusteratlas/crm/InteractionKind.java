package org.clusteratlas.crm;

/** How the office was in touch with a member. */
public enum InteractionKind {
    CALL,
    MEETING,
    EMAIL,
    VISIT,
    NOTE
}
