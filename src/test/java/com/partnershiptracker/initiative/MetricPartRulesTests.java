package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for an actual that measures only part of a target's measure, and what its progress then says. */
class MetricPartRulesTests {

    private final Organization group = organization(1L, "woori-financial-group");
    private final Organization bank = organization(2L, "woori-bank");
    private final Organization kt = organization(3L, "kt");
    /** The bank sits under the group; KT is in no group of theirs. */
    private final OrganizationHierarchy groups = new OrganizationHierarchy(List.of(
            new OrganizationNode(1L, "woori-financial-group", null), new OrganizationNode(2L, "woori-bank", 1L),
            new OrganizationNode(3L, "kt", null)));
    private final Initiative combined = initiative(10L, "Combined platforms");
    private final Initiative wonBanking = initiative(11L, "WON Banking");

    private final Metric target = target(group, combined);

    @Test
    void aPartMayBeAboutAnotherInitiativeOfTheSameOrganization() {
        Metric won = actual(group, wonBanking, "7190000", "people");

        won.measurePartOf(target, groups);

        assertThat(won.getProgressToward()).isSameAs(target);
        assertThat(won.isProgressPart()).isTrue();
    }

    @Test
    void aPartMayBeAboutAnAffiliateOfTheTargetsGroup() {
        assertThat(Metric.canBeMeasuredInPartBy(target, actual(bank, wonBanking, "7190000", "people"), groups)).isTrue();
    }

    @Test
    void aFullLinkToAnotherInitiativeIsStillRefused() {
        Metric won = actual(group, wonBanking, "7190000", "people");

        assertThat(Metric.canBeMeasuredBy(target, won)).isFalse();
        assertThatThrownBy(() -> won.measureProgressToward(target)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartAboutAnotherGroupOrInAnotherUnitOrWithoutAUnitIsRefused() {
        assertThat(Metric.canBeMeasuredInPartBy(target, actual(kt, null, "7190000", "people"), groups)).isFalse();
        assertThat(Metric.canBeMeasuredInPartBy(target, actual(group, wonBanking, "7190000", "accounts"), groups)).isFalse();
        assertThat(Metric.canBeMeasuredInPartBy(target, actual(group, wonBanking, "7190000", null), groups)).isFalse();
        // Without an organization the group is unknown, so only the target's own initiative qualifies.
        assertThat(Metric.canBeMeasuredInPartBy(target, actual(null, wonBanking, "7190000", "people"), groups)).isFalse();
        Metric elsewhere = actual(kt, null, "7190000", "people");
        assertThatThrownBy(() -> elsewhere.measurePartOf(target, groups)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnActualMeasuresPartOfATarget() {
        Metric anotherTarget = target(group, wonBanking);
        assertThatThrownBy(() -> anotherTarget.measurePartOf(target, groups)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Metric.canBeMeasuredInPartBy(target, target, groups)).isFalse();
    }

    @Test
    void aFullLinkClearsThePartMark() {
        Metric won = actual(group, combined, "7190000", "people");
        won.measurePartOf(target, groups);

        won.measureProgressToward(target);
        assertThat(won.isProgressPart()).isFalse();
        won.measurePartOf(target, groups);
        won.measureProgressToward(null);
        assertThat(won.isProgressPart()).isFalse();
        assertThat(won.getProgressToward()).isNull();
    }

    @Test
    void aPartsShareIsALowerBoundAndItsPaceIsThePartsAlone() {
        Metric endOf2021 = actual(group, wonBanking, "5640000", "people");
        endOf2021.asOf(PartialDate.ofMonth(2021, 12));
        endOf2021.measurePartOf(target, groups);
        Metric october = actual(group, wonBanking, "7190000", "people");
        october.asOf(PartialDate.ofMonth(2022, 10));
        october.measurePartOf(target, groups);

        TargetProgress progress = TargetProgress.of(target, List.of(october, endOf2021));

        assertThat(progress.percent()).isEqualTo(48);
        assertThat(progress.isPartial()).isTrue();
        assertThat(progress.isFromElsewhere(october)).isTrue();
        // The line from 5.64 M (December 2021) to 15 M (December 2023) asks for 9.54 M by October 2022.
        TargetPace pace = progress.paceOn(LocalDate.of(2022, 11, 24));
        assertThat(pace.status()).isEqualTo(PaceStatus.BEHIND_PACE);
        assertThat(pace.neededByLatest()).isEqualByComparingTo("9540000");
        assertThat(MetricJson.Progress.of(progress).partial()).isTrue();
    }

    @Test
    void aFullActualLatestMakesTheProgressWhole() {
        Metric won = actual(group, wonBanking, "7190000", "people");
        won.asOf(PartialDate.ofMonth(2022, 10));
        won.measurePartOf(target, groups);
        Metric whole = actual(group, combined, "9000000", "people");
        whole.asOf(PartialDate.ofMonth(2022, 12));
        whole.measureProgressToward(target);

        TargetProgress progress = TargetProgress.of(target, List.of(won, whole));

        assertThat(progress.isPartial()).isFalse();
        assertThat(progress.percent()).isEqualTo(60);
        assertThat(progress.isFromElsewhere(whole)).isFalse();
        assertThat(MetricJson.Progress.of(progress).partial()).isFalse();
    }

    private static Metric target(Organization organization, Initiative initiative) {
        Metric target = Metric.target(organization, initiative, Bilingual.of("그룹 플랫폼 통합 MAU", "Combined monthly users"));
        target.record(new BigDecimal("15000000"), "people", "1500만명");
        target.targetFor(PartialDate.ofYear(2023));
        ReflectionTestUtils.setField(target, "id", 100L);
        return target;
    }

    private static Metric actual(Organization organization, Initiative initiative, String value, String unit) {
        Metric actual = Metric.actual(organization, initiative, Bilingual.of("우리WON뱅킹 MAU", "WON Banking monthly users"));
        actual.record(new BigDecimal(value), unit, null);
        return actual;
    }

    private static Organization organization(long id, String slug) {
        Organization organization = new Organization(slug, Bilingual.of(slug, slug), OrganizationKind.FINANCIAL_GROUP);
        ReflectionTestUtils.setField(organization, "id", id);
        return organization;
    }

    private static Initiative initiative(long id, String title) {
        Initiative initiative = new Initiative(Bilingual.of(null, title), InitiativeKind.SERVICE, InitiativeStatus.LAUNCHED);
        ReflectionTestUtils.setField(initiative, "id", id);
        return initiative;
    }
}
