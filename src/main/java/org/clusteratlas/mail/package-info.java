/**
 * Mail owns every message the platform sends. Messages are written to an outbox in the sender's transaction, so a
 * rolled-back action sends nothing and a committed one loses nothing; a dispatcher delivers them over SMTP when one is
 * configured, and platform admins can read them at {@code /admin/mail} in the embedded default.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.mail;
