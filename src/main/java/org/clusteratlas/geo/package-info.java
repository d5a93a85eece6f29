/**
 * Geo owns places: the offline German postal-code gazetteer shipped with the application (derived from openly
 * licensed data, see NOTICE), geocoding of addresses, and distances. It needs no network and no external service.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.geo;
