package com.partnershiptracker.shared;

/** How much of a date a source actually states. Declared from coarsest to finest. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY;

    /** Rank used for ordering: a coarser date sorts before a finer one starting on the same day. */
    public int rank() {
        return ordinal();
    }
}
