/**
 * The network office's CRM: what happened with a member (calls, meetings, mails, visits, notes) and what is to be done
 * about it (tasks with due dates, assignees and reminder mails). Every record belongs to one network, and only that
 * network's office (and platform admins) ever sees it: through pages, API and mail alike.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.crm;
