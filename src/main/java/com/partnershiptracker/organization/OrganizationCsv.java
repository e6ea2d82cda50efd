package com.partnershiptracker.organization;

import com.partnershiptracker.shared.PartialDate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The organizations CSV layout, shared by the export (/organizations.csv) and the import, so an export re-imports unchanged. */
public final class OrganizationCsv {

    public static final List<String> COLUMNS = List.of("id", "slug", "name_ko", "name_en", "kind", "parent", "aliases",
            "website", "founded", "founded_precision", "dissolved", "dissolved_precision", "description_ko", "description_en",
            "wikidata_id", "lei", "kr_corporate_registration_number");

    private OrganizationCsv() {
    }

    /** The organization's row; {@code slugsById} names its parent. */
    public static List<String> fields(Organization organization, Map<Long, String> slugsById) {
        return Arrays.asList(String.valueOf(organization.getId()), organization.getSlug(), organization.getName().ko(),
                organization.getName().en(), organization.getKind().name(), slugsById.get(organization.getParentId()),
                String.join("; ", organization.getAliases()), organization.getWebsite(),
                iso(organization.getFounded()), precision(organization.getFounded()),
                iso(organization.getDissolved()), precision(organization.getDissolved()),
                organization.getDescription().ko(), organization.getDescription().en(),
                organization.getIdentifiers().wikidata(), organization.getIdentifiers().lei(),
                organization.getIdentifiers().krCorporateRegistrationNumber());
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }

    private static String precision(PartialDate date) {
        return date == null ? "" : date.precision().name().toLowerCase(java.util.Locale.ROOT);
    }
}
