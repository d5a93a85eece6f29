/**
 * Organization owns the companies, universities, associations and other members of the networks: their profile
 * data, contact persons and visibility, created one by one or upserted in bulk from NDJSON. It decides who may see or
 * change an organization.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.organization;
