package org.clusteratlas.project;

public enum ProjectStatus {
    PLANNED,
    RUNNING,
    COMPLETED
}
