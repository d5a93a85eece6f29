package org.clusteratlas.membership;

/**
 * What one admission rule says about one application.
 *
 * @param document the code of the required document, for {@link Rule#DOCUMENT} only; null otherwise
 * @param explanation one sentence in the reader's language, naming the stated value and the rule
 */
public record RuleCheck(Rule rule, Outcome outcome, String document, String explanation) {

    /** Whether the office has to give a reason to admit against this check. */
    public boolean isOpen() {
        return outcome != Outcome.PASSED;
    }

    /** The kinds of admission rules. */
    public enum Rule {
        KIND,
        REGION,
        EMPLOYEES,
        GROUP,
        DOCUMENT
    }

    public enum Outcome {
        PASSED,
        FAILED,
        /** The application does not say (no head count, a postal code without known state, a missing document). */
        NOT_STATED
    }
}
