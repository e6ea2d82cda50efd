package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TargetProgressTests {

    private final Organization group = organization(1L, "group");
    private long nextId = 100;

    @Test
    void theLatestActualIsAWholePercentageOfTheTarget() {
        Metric target = target(group, "15000000", "people");
        TargetProgress progress = TargetProgress.of(target, List.of(actual(group, "7190000", "people", PartialDate.ofMonth(2022, 10))));

        assertThat(progress.percent()).isEqualTo(48);
        assertThat(progress.isMeasured()).isTrue();
        assertThat(progress.barValue()).isEqualTo(48);
        assertThat(progress.isReached()).isFalse();
    }

    @Test
    void anExceededTargetFillsTheBarButKeepsTheTrueShare() {
        Metric target = target(group, "100", "stores");
        TargetProgress progress = TargetProgress.of(target, List.of(actual(group, "125", "stores", PartialDate.ofYear(2021))));

        assertThat(progress.percent()).isEqualTo(125);
        assertThat(progress.barValue()).isEqualTo(TargetProgress.BAR_MAX);
        assertThat(progress.isReached()).isTrue();
    }

    @Test
    void aFallingFigureNeverDrawsANegativeBar() {
        TargetProgress progress = TargetProgress.of(target(group, "100", "KRW"),
                List.of(actual(group, "-20", "KRW", PartialDate.ofYear(2021))));

        assertThat(progress.percent()).isEqualTo(-20);
        assertThat(progress.barValue()).isZero();
    }

    @Test
    void theLatestIsTheMostRecentAsOfDateWhateverTheOrderRecorded() {
        Metric target = target(group, "1000", "people");
        Metric march = actual(group, "800", "people", PartialDate.ofMonth(2023, 3));
        Metric june = actual(group, "500", "people", PartialDate.ofMonth(2022, 6));
        Metric undated = actual(group, "100", "people", null);

        TargetProgress progress = TargetProgress.of(target, List.of(march, undated, june));

        assertThat(progress.latest()).isSameAs(march);
        assertThat(progress.percent()).isEqualTo(80);
        assertThat(progress.earlier()).containsExactly(june, undated);
    }

    @Test
    void aTargetWithNoActualSaysSoAndDrawsNoBar() {
        TargetProgress progress = TargetProgress.of(target(group, "15000000", "people"), List.of());

        assertThat(progress.hasActual()).isFalse();
        assertThat(progress.latest()).isNull();
        assertThat(progress.isMeasured()).isFalse();
        assertThat(progress.barValue()).isZero();
    }

    @Test
    void figuresKnownOnlyAsPrintedGiveNoShare() {
        Metric printedTarget = Metric.target(group, null, Bilingual.of("고객", "Customers"));
        printedTarget.record(null, null, "1천만명 이상");
        assertThat(TargetProgress.of(printedTarget, List.of(actual(group, "7000000", "people", PartialDate.ofYear(2022))))
                .isMeasured()).isFalse();

        Metric printedActual = Metric.actual(group, null, Bilingual.of("고객", "Customers"));
        printedActual.record(null, null, "18조3천3257억원");
        TargetProgress progress = TargetProgress.of(target(group, "20000000000000", "KRW"), List.of(printedActual));
        assertThat(progress.hasActual()).isTrue();
        assertThat(progress.isMeasured()).isFalse();
        assertThat(progress.percent()).isNull();
    }

    @Test
    void differentUnitsOrATargetOfZeroGiveNoShare() {
        assertThat(TargetProgress.of(target(group, "100", "people"),
                List.of(actual(group, "50", "stores", PartialDate.ofYear(2021)))).percent()).isNull();
        assertThat(TargetProgress.of(target(group, "0", "people"),
                List.of(actual(group, "50", "people", PartialDate.ofYear(2021)))).percent()).isNull();
    }

    @Test
    void sharesRoundHalfUp() {
        assertThat(TargetProgress.of(target(group, "200", "people"),
                List.of(actual(group, "1", "people", PartialDate.ofYear(2021)))).percent()).isEqualTo(1);
        assertThat(TargetProgress.of(target(group, "300", "people"),
                List.of(actual(group, "1", "people", PartialDate.ofYear(2021)))).percent()).isZero();
    }

    @Test
    void allInPairsEachTargetWithTheActualsRecordedAgainstItOnly() {
        Metric target = target(group, "1000", "people");
        Metric otherTarget = target(group, "50", "people");
        Metric linked = actual(group, "400", "people", PartialDate.ofYear(2022));
        linked.measureProgressToward(target);
        Metric sameWordsButUnlinked = actual(group, "900", "people", PartialDate.ofYear(2023));

        List<TargetProgress> targets = TargetProgress.allIn(List.of(linked, target, sameWordsButUnlinked, otherTarget));

        assertThat(targets).extracting(TargetProgress::target).containsExactly(target, otherTarget);
        assertThat(targets.get(0).actuals()).containsExactly(linked);
        assertThat(targets.get(0).percent()).isEqualTo(40);
        assertThat(targets.get(1).hasActual()).isFalse();
    }

    @Test
    void onlyAnActualAboutTheSameSubjectInTheSameUnitMeasuresATarget() {
        Metric target = target(group, "1000", "people");
        Metric aboutAnother = actual(organization(2L, "bank"), "10", "people", PartialDate.ofYear(2022));
        Metric inAnotherUnit = actual(group, "10", "KRW", PartialDate.ofYear(2022));
        Metric anotherTarget = target(group, "10", "people");

        assertThatIllegalArgumentException().isThrownBy(() -> aboutAnother.measureProgressToward(target));
        assertThatIllegalArgumentException().isThrownBy(() -> inAnotherUnit.measureProgressToward(target));
        assertThatIllegalArgumentException().isThrownBy(() -> anotherTarget.measureProgressToward(target));
        assertThatIllegalArgumentException().isThrownBy(() -> actual(group, "1", "people", null)
                .measureProgressToward(actual(group, "2", "people", null)));

        Metric printedOnly = Metric.actual(group, null, Bilingual.of("고객", "Customers"));
        printedOnly.record(null, null, "약 10명");
        printedOnly.measureProgressToward(target);
        assertThat(printedOnly.getProgressToward()).isSameAs(target);
        printedOnly.measureProgressToward(null);
        assertThat(printedOnly.getProgressToward()).isNull();
    }

    private Metric target(Organization about, String value, String unit) {
        Metric metric = Metric.target(about, null, Bilingual.of("목표", "Target"));
        metric.record(new BigDecimal(value), unit, null);
        metric.targetFor(PartialDate.ofYear(2023));
        return withId(metric);
    }

    private Metric actual(Organization about, String value, String unit, PartialDate asOf) {
        Metric metric = Metric.actual(about, null, Bilingual.of("실적", "Actual"));
        metric.record(new BigDecimal(value), unit, null);
        metric.asOf(asOf);
        return withId(metric);
    }

    private Metric withId(Metric metric) {
        ReflectionTestUtils.setField(metric, "id", nextId++);
        return metric;
    }

    private static Organization organization(long id, String slug) {
        Organization organization = new Organization(slug, Bilingual.of(slug, slug), OrganizationKind.FINANCIAL_GROUP);
        ReflectionTestUtils.setField(organization, "id", id);
        return organization;
    }
}
