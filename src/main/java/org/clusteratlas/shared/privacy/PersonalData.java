package org.clusteratlas.shared.privacy;

import java.util.List;
import java.util.Map;

/**
 * What a module stores about a person, found by their e-mail address: for the right of access (Art. 15 GDPR: export
 * everything) and the right to erasure (Art. 17: anonymize). Each module that keeps personal data provides one; the
 * privacy module asks all of them, so a new module with personal data cannot be forgotten by the export as long as it
 * implements this.
 *
 * <p>Erasure anonymizes rather than deletes where a record also carries facts about others or counts in statistics
 * (an application stays an application of "a company in 67655", an interaction stays an interaction): the person
 * disappears, the numbers stay consistent.
 */
public interface PersonalData {

    /** The name of this kind of data in the export ("accounts", "contactPersons", …). */
    String area();

    /** The records about the person, each as plain values (strings, numbers, dates, booleans). */
    List<Map<String, Object>> export(String email);

    /**
     * Removes the person from the records (in the caller's transaction).
     *
     * @return how many records were changed
     */
    int erase(String email);

    /**
     * Erasures run in ascending order: a module that finds the person through another module's data (the CRM through
     * contact entries) must run before that data is anonymized.
     */
    default int order() {
        return 0;
    }
}
