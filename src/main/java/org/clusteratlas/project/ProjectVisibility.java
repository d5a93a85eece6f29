package org.clusteratlas.project;

/** Who sees a project. */
public enum ProjectVisibility {
    /** Anyone, also on the network's public pages. */
    PUBLIC,
    /** Members and the office of the network. */
    MEMBERS,
    /** The network's office only. */
    OFFICE
}
