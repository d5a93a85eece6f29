/**
 * Jobs owns the job board of the member organizations: postings (jobs, apprenticeships, dual studies, internships,
 * working-student positions, thesis topics) with their search, feeds and alerts, and the in-platform applications
 * with their PDF documents. It decides who may post, approve and read applications, and deletes applications after
 * their retention period.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.jobs;
