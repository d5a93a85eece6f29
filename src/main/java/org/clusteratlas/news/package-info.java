/**
 * News owns the posts a network's office publishes for the public: bilingual plain text with an optional image,
 * written as drafts and published when ready. Only published posts are ever shown to people outside the office.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.news;
