package com.partnershiptracker.dossier;

/** A paged list about one partner, each at {@code /organizations/{slug}/{path}}. */
public enum PartnerSection {
    INITIATIVES("initiatives"),
    PEOPLE("people"),
    FIGURES("figures"),
    STATEMENTS("statements"),
    SOURCES("sources");

    private final String path;

    PartnerSection(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
