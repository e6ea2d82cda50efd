package com.partnershiptracker.dossier;

/** The columns a partner's relationships table sorts by. */
public enum RelationshipSort {
    COUNTERPART,
    KIND,
    ROLE,
    DATE,
    STATUS,
    SUBJECT,
    SOURCES
}
