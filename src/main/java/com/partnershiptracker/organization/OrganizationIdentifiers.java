package com.partnershiptracker.organization;

import com.partnershiptracker.shared.ExternalIdentifier;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What other registers call an organization, each in its canonical form or null: its Wikidata
 * item, its Legal Entity Identifier and its Korean corporate registration number.
 */
public record OrganizationIdentifiers(String wikidata, String lei, String krCorporateRegistrationNumber) {

    public static final OrganizationIdentifiers NONE = new OrganizationIdentifiers(null, null, null);

    /** The identifier of that kind, or null. */
    public String of(ExternalIdentifier kind) {
        return switch (kind) {
            case WIKIDATA -> wikidata;
            case LEI -> lei;
            case KR_CORPORATE_REGISTRATION_NUMBER -> krCorporateRegistrationNumber;
        };
    }

    /** The identifiers the organization has, as a page shows them, in the order of {@link ExternalIdentifier}. */
    public List<ExternalIdentifier.Link> links() {
        return Arrays.stream(ExternalIdentifier.values()).map(kind -> kind.link(of(kind))).filter(Objects::nonNull).toList();
    }

    /** @throws IllegalArgumentException when a value is not an identifier of its kind in its canonical form */
    void requireCanonical() {
        for (ExternalIdentifier kind : ExternalIdentifier.values()) {
            String value = of(kind);
            if (value != null && !kind.isCanonical(value)) {
                throw new IllegalArgumentException("Not a canonical " + kind + ": " + value);
            }
        }
    }
}
