package org.clusteratlas.organization;

/** Size class by employees, as statistics offices and funding programmes use them. */
public enum EmployeeBand {
    MICRO_1_9(1, 9),
    SMALL_10_49(10, 49),
    MEDIUM_50_249(50, 249),
    LARGE_250_999(250, 999),
    VERY_LARGE_1000_PLUS(1000, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    EmployeeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of a head count; null for null or zero (unknown, or an association without employees). */
    public static EmployeeBand of(Integer employees) {
        if (employees == null || employees < 1) {
            return null;
        }
        for (EmployeeBand band : values()) {
            if (employees >= band.from && employees <= band.to) {
                return band;
            }
        }
        return VERY_LARGE_1000_PLUS;
    }
}
