package org.clusteratlas.jobs;

/** How candidates apply: by e-mail, on the company's own site, or here on the platform. */
public enum ApplicationChannel {
    EMAIL,
    URL,
    PLATFORM
}
