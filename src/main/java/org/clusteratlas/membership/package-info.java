/**
 * Membership owns the applications of organizations that want to join a network: the public application form, the
 * office's review with admission hints from the network's rules, and the decision. An accepted application becomes a
 * draft profile in the organization module, edited by the applicant.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.membership;
