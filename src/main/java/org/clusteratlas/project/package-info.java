/**
 * Project owns the funding programmes and the joint projects of a network: partners, milestones, budget and documents.
 * Only public projects (and their public documents) are ever shown outside the network; the office edits them.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.project;
