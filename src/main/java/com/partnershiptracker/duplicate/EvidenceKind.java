package com.partnershiptracker.duplicate;

/** Why two records may be one. */
public enum EvidenceKind {
    /** Their Korean names are alike (trigram similarity). */
    SIMILAR_NAME_KO,
    /** Their English names are alike (trigram similarity). */
    SIMILAR_NAME_EN,
    /** An alias of one is a name or an alias of the other (NFKC, case-blind, spaces ignored in Korean). */
    SHARED_ALIAS,
    /** An alias of one is an external identifier (Wikidata, LEI, corporate registration number) the other holds. */
    SAME_IDENTIFIER
}
