/**
 * Network owns the regional networks and clusters (slug, bilingual name and description, region, logo) and the
 * federations they form, such as a state-wide competence atlas. It answers which networks share a federation, the
 * basis for members-only visibility across networks.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.network;
