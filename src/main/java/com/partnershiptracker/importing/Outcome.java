package com.partnershiptracker.importing;

/** What importing a row would do. */
public enum Outcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    ERROR
}
