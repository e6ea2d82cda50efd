package com.partnershiptracker.agreement;

public enum AttendeeRole {
    SIGNATORY,
    ATTENDEE,
    /** Proposed or pledged the agreement before it was made. */
    PROPOSER
}
