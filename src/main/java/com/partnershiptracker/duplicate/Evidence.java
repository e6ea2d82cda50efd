package com.partnershiptracker.duplicate;

/** One reason to think two records are one: the two texts that agree and how closely (1 for the same text). */
public record Evidence(EvidenceKind kind, String firstText, String secondText, double similarity) {

    /** The similarity as a whole percentage, as the page shows it. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
