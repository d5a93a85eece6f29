/**
 * Privacy (GDPR/DSGVO): records of consent (purpose, date, source), the export of everything the platform stores about
 * a person, and their erasure by anonymization, each request logged for accountability. The data itself lives in the
 * modules; each tells through {@link org.clusteratlas.shared.privacy.PersonalData} what it holds about a person.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.privacy;
