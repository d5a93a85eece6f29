/**
 * Portal owns the public face: the home page, the directory of networks and federations, each network's or
 * federation's landing page with its members and latest news, and the sitemaps. It composes the other modules' APIs
 * and owns no data but the operator's legal pages.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.portal;
