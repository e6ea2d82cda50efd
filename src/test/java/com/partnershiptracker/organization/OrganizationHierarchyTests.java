package com.partnershiptracker.organization;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

    @Test
    void aPartnerMayBeNamedInEitherLanguageInAnyCase() {
        OrganizationHierarchy named = new OrganizationHierarchy(List.of(
                new OrganizationNode(BANK, "woori-bank", null, "우리은행", "Woori Bank", OrganizationKind.BANK),
                new OrganizationNode(KT, "kt", null, "케이티", "KT", OrganizationKind.TELECOM)));

        PartnerSelection selection = named.select(List.of(" woori  BANK ", "케이티"), false);

        assertThat(selection.organizationIds()).containsExactlyInAnyOrder(BANK, KT);
        assertThat(selection.unknownSlugs()).isEmpty();
    }

    @Test
    void aNameTwoOrganizationsShareNamesNeitherAndIsReported() {
        OrganizationHierarchy named = new OrganizationHierarchy(List.of(
                new OrganizationNode(BANK, "acme-bank", null, "에이크미", "Acme", OrganizationKind.BANK),
                new OrganizationNode(CARD, "acme-card", null, "에이크미카드", "Acme", OrganizationKind.CARD_COMPANY)));

        PartnerSelection selection = named.select(List.of("Acme", "에이크미"), false);

        assertThat(selection.organizationIds()).containsExactly(BANK);
        assertThat(selection.unknownSlugs()).containsExactly("Acme");
    }

    @Test
    void matchingFindsOrganizationsByPartOfTheirSlugOrName() {
        assertThat(hierarchy.matching("WOORI-ba", 10)).extracting(OrganizationNode::slug)
                .containsExactly("woori-bank", "woori-bank-dt-division");
        assertThat(hierarchy.matching("woori", 2)).hasSize(2);
        assertThat(hierarchy.matching("nothing like it", 10)).isEmpty();
    }

    @Test
    void resolvesTheTextATypeAheadPickerFillsInByTheSlugInItsBrackets() {
        assertThat(hierarchy.resolve("Woori Bank (woori-bank)")).map(OrganizationNode::id).contains(BANK);
        assertThat(hierarchy.resolve("Any label at all (kt)")).map(OrganizationNode::id).contains(KT);
        assertThat(hierarchy.resolve("Nobody (no-such-slug)")).isEmpty();
        assertThat(hierarchy.select(List.of("BC Card (bc-card)"), false).organizationIds()).containsExactly(BC_CARD);
    }

    @Test
    void aPickerRemembersWhichOrganizationEachGivenValueNamed() {
        PartnerPicker picker = PartnerPicker.of(hierarchy, List.of("kt", "Woori Card (woori-card)", "nobody"), 300);
        assertThat(picker.chosenFor("Woori Card (woori-card)")).map(OrganizationNode::id).contains(CARD);
        assertThat(picker.chosenFor("kt")).map(OrganizationNode::id).contains(KT);
        assertThat(picker.chosenFor("nobody")).isEmpty();
    }

    @Test
    void aShortRecordIsAListToPickFromAndALongOneASearchBox() {
        PartnerPicker shortRecord = PartnerPicker.of(hierarchy, List.of("kt", "no-such-partner"), 300);
        assertThat(shortRecord.searchable()).isFalse();
        assertThat(shortRecord.options()).hasSize(6);
        assertThat(shortRecord.chosen()).extracting(OrganizationNode::slug).containsExactly("kt");

        List<OrganizationNode> many = new ArrayList<>();
        for (long id = 1; id <= 301; id++) {
            many.add(new OrganizationNode(id, "partner-" + id, null));
        }
        PartnerPicker longRecord = PartnerPicker.of(new OrganizationHierarchy(many), List.of("partner-7"), 300);
        assertThat(longRecord.searchable()).isTrue();
        assertThat(longRecord.options()).isEmpty();
        assertThat(longRecord.chosen()).extracting(OrganizationNode::slug).containsExactly("partner-7");
    }
}
