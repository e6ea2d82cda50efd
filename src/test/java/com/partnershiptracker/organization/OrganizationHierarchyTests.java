package com.partnershiptracker.organization;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationHierarchyTests {

    private static final long GROUP = 1, BANK = 2, CARD = 3, BANK_UNIT = 4, KT = 5, BC_CARD = 6;

    private final OrganizationHierarchy hierarchy = new OrganizationHierarchy(List.of(
            new OrganizationNode(GROUP, "woori-financial-group", null),
            new OrganizationNode(BANK, "woori-bank", GROUP),
            new OrganizationNode(CARD, "woori-card", GROUP),
            new OrganizationNode(BANK_UNIT, "woori-bank-dt-division", BANK),
            new OrganizationNode(KT, "kt", null),
            new OrganizationNode(BC_CARD, "bc-card", KT)));

    @Test
    void groupWithAffiliatesCoversEveryOrganizationBelowIt() {
        PartnerSelection selection = hierarchy.select(List.of("woori-financial-group"), true);
        assertThat(selection.organizationIds()).containsExactlyInAnyOrder(GROUP, BANK, CARD, BANK_UNIT);
    }

    @Test
    void withoutAffiliatesOnlyTheNamedOrganizationIsSelected() {
        PartnerSelection selection = hierarchy.select(List.of("woori-financial-group"), false);
        assertThat(selection.organizationIds()).containsExactly(GROUP);
    }

    @Test
    void anAffiliateDoesNotRollUpToItsParent() {
        PartnerSelection selection = hierarchy.select(List.of("woori-bank"), true);
        assertThat(selection.organizationIds()).containsExactlyInAnyOrder(BANK, BANK_UNIT);
    }

    @Test
    void severalPartnersAreUnited() {
        PartnerSelection selection = hierarchy.select(List.of("woori-card", "kt"), true);
        assertThat(selection.organizationIds()).containsExactlyInAnyOrder(CARD, KT, BC_CARD);
    }

    @Test
    void unknownSlugsAreReportedAndMatchNothing() {
        PartnerSelection selection = hierarchy.select(List.of("no-such-bank"), true);
        assertThat(selection.unknownSlugs()).containsExactly("no-such-bank");
        assertThat(selection.matchesNothing()).isTrue();
    }

    @Test
    void knownSlugsStillCountBesideUnknownOnes() {
        PartnerSelection selection = hierarchy.select(List.of("no-such-bank", "kt"), false);
        assertThat(selection.organizationIds()).containsExactly(KT);
        assertThat(selection.unknownSlugs()).containsExactly("no-such-bank");
    }
}
