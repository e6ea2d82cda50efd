package com.partnershiptracker.organization;

import io.swagger.v3.oas.annotations.media.Schema;

/** An organization's identifiers in other registers, as the API gives them: each null when the record has none. */
@Schema(name = "OrganizationIdentifiers")
public record OrganizationIdentifiersJson(
        @Schema(nullable = true, description = "The Wikidata item", example = "Q42")
        String wikidata,
        @Schema(nullable = true, description = "The Legal Entity Identifier (ISO 17442)", example = "5493001KJTIIGC8Y1R12")
        String lei,
        @Schema(nullable = true, description = "The Korean corporate registration number (법인등록번호): 13 digits, without the hyphen",
                example = "1101110000002")
        String krCorporateRegistrationNumber) {

    public static OrganizationIdentifiersJson of(OrganizationIdentifiers identifiers) {
        return new OrganizationIdentifiersJson(identifiers.wikidata(), identifiers.lei(), identifiers.krCorporateRegistrationNumber());
    }
}
