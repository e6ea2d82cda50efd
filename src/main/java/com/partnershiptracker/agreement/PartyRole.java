package com.partnershiptracker.agreement;

public enum PartyRole {
    /** A party that signs or makes the agreement in its own name. */
    PRINCIPAL,
    /** An affiliate that takes part in work the agreement sets out, without being a signatory. */
    PARTICIPATING_AFFILIATE,
    SERVICE_PROVIDER,
    PLATFORM_OPERATOR,
    INVESTOR,
    INVESTEE,
    OTHER
}
