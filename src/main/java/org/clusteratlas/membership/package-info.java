/**
 * Membership owns the applications of organizations that want to join a network: the public application form with the
 * documents the network asks for, the network's admission rules set by its office, the check of every application
 * against them with an explanation per rule, and the office's decision (against open rules only with a reason). An accepted application becomes a
 * draft profile in the organization module, edited by the applicant.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.membership;
