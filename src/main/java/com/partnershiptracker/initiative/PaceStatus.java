package com.partnershiptracker.initiative;

/** Where a target stands against the straight line from its first actual to its figure by its date. */
public enum PaceStatus {
    /** The latest actual has reached the target's figure. */
    REACHED,
    /** The latest actual is on or above the line. */
    ON_PACE,
    /** The latest actual is below the line. */
    BEHIND_PACE,
    /** The target's period is over and no actual recorded has reached the figure. */
    DATE_PASSED,
    /** Too little is recorded to draw the line: fewer than two dated actuals, no target date, or figures that cannot be compared. */
    UNKNOWN
}
