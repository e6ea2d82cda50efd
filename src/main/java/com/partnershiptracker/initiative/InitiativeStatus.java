package com.partnershiptracker.initiative;

public enum InitiativeStatus {
    PLANNED,
    IN_PROGRESS,
    LAUNCHED,
    ENDED,
    CANCELLED
}
