package org.clusteratlas.donation;

/** Who receives donations: the seeds name kindergartens and schools; other non-profit youth institutions fit too. */
public enum BeneficiaryKind {
    KINDERGARTEN,
    SCHOOL,
    OTHER
}
