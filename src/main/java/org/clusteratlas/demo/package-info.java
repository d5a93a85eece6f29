/**
 * Demo owns the sample content of a fresh installation: four networks of the kinds in the source documents, two
 * federations, about sixty fictional organizations, three news posts and one demo account per role. It writes only
 * into an empty database, through the other modules' APIs and rights checks.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.demo;
