package com.partnershiptracker.organization;

import java.util.Locale;

/**
 * How a filter on several partners combines them: facts involving any of them (the default), or
 * only facts to which all of them are parties ("between").
 */
public enum PartnerMatch {
    ANY,
    ALL;

    /** The match a query parameter names ({@code any} or {@code all}, any case); anything else is the default. */
    public static PartnerMatch parse(String value) {
        if (value == null) {
            return ANY;
        }
        return "all".equals(value.strip().toLowerCase(Locale.ROOT)) ? ALL : ANY;
    }

    /** The value of the query parameter that names this match. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
