package com.partnershiptracker.initiative;

public enum InitiativeRole {
    LEAD,
    PARTNER,
    /** Supplies a product or service that runs on someone else's channel. */
    PROVIDER,
    /** Runs the channel or platform on which the initiative reaches customers. */
    PLATFORM,
    PARTICIPANT,
    OTHER
}
