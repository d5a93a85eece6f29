/**
 * Portal owns the public face: the home page, the directory of networks and federations, and each network's or
 * federation's landing page with its members. It composes the other modules' APIs and owns no data.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.portal;
