/**
 * Shared kernel: value types every capability speaks (localized text, platform configuration) and the web
 * foundation (locale handling, error pages, RFC 9457 problem documents). It owns no business data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.clusteratlas.shared;
