package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetPaceTests {

    private final Organization group = organization();
    private long nextId = 100;

    @Test
    void aTargetByAYearIsDueAtTheEndOfThatYear() {
        Metric target = target("15000000", PartialDate.ofYear(2023));
        TargetProgress progress = TargetProgress.of(target, List.of(actual("7190000", PartialDate.ofMonth(2022, 10))));

        TargetPace lastDay = progress.paceOn(LocalDate.of(2023, 12, 31));
        TargetPace dayAfter = progress.paceOn(LocalDate.of(2024, 1, 1));

        assertThat(lastDay.status()).isNotEqualTo(PaceStatus.DATE_PASSED);
        assertThat(lastDay.monthsLeft()).isEqualTo(1);
        assertThat(dayAfter.status()).isEqualTo(PaceStatus.DATE_PASSED);
        assertThat(dayAfter.neededPerMonth()).isNull();
    }

    @Test
    void oneActualDrawsNoLineButGivesTheRiseNeededPerMonth() {
        Metric target = target("15000000", PartialDate.ofYear(2023));
        TargetProgress progress = TargetProgress.of(target, List.of(actual("7190000", PartialDate.ofMonth(2022, 10))));

        TargetPace pace = progress.paceOn(LocalDate.of(2022, 11, 24));

        assertThat(pace.status()).isEqualTo(PaceStatus.UNKNOWN);
        assertThat(pace.neededByLatest()).isNull();
        // November 2022 to December 2023: 13 months for 7,810,000 more.
        assertThat(pace.monthsLeft()).isEqualTo(13);
        assertThat(pace.neededPerMonth()).isEqualByComparingTo("600769");
    }

    @Test
    void theLineRunsFromTheFirstActualToTheTargetAtMonthLevel() {
        Metric target = target("15000000", PartialDate.ofYear(2023));
        // End of 2021 (a year-only date counts at December) to December 2023 is 24 months; October 2022 is 10 in.
        TargetProgress behind = TargetProgress.of(target, List.of(actual("5640000", PartialDate.ofYear(2021)),
                actual("7190000", PartialDate.ofMonth(2022, 10))));

        TargetPace pace = behind.paceOn(LocalDate.of(2022, 11, 1));

        assertThat(pace.neededByLatest()).isEqualByComparingTo("9540000");
        assertThat(pace.status()).isEqualTo(PaceStatus.BEHIND_PACE);
        TargetPace afterwards = behind.paceOn(LocalDate.of(2026, 12, 6));
        assertThat(afterwards.status()).isEqualTo(PaceStatus.DATE_PASSED);
        assertThat(afterwards.neededByLatest()).isEqualByComparingTo("9540000");
        assertThat(afterwards.neededPerMonth()).isNull();
    }

    @Test
    void anActualOnOrAboveTheLineIsOnPace() {
        Metric target = target("100", PartialDate.ofMonth(2021, 12));
        TargetProgress progress = TargetProgress.of(target, List.of(actual("0", PartialDate.ofMonth(2020, 12)),
                actual("50", PartialDate.ofDay(2021, 6, 3))));

        TargetPace pace = progress.paceOn(LocalDate.of(2021, 7, 1));

        assertThat(pace.neededByLatest()).isEqualByComparingTo("50");
        assertThat(pace.status()).isEqualTo(PaceStatus.ON_PACE);
        assertThat(pace.monthsLeft()).isEqualTo(5);
        assertThat(pace.neededPerMonth()).isEqualByComparingTo("10");
    }

    @Test
    void aReachedTargetIsReachedEvenAfterItsDate() {
        Metric target = target("100", PartialDate.ofYear(2021));
        TargetProgress progress = TargetProgress.of(target, List.of(actual("120", PartialDate.ofYear(2021))));

        assertThat(progress.paceOn(LocalDate.of(2030, 1, 1)).status()).isEqualTo(PaceStatus.REACHED);
    }

    @Test
    void aTargetWithoutADateOrComparableFiguresHasNoPace() {
        Metric undated = target("100", null);
        TargetProgress progress = TargetProgress.of(undated, List.of(actual("10", PartialDate.ofYear(2020)),
                actual("20", PartialDate.ofYear(2021))));
        Metric other = target("100", PartialDate.ofYear(2030));
        Metric inOtherUnit = actual("10", PartialDate.ofYear(2021));
        inOtherUnit.record(new BigDecimal("10"), "KRW", null);

        assertThat(progress.paceOn(LocalDate.of(2022, 1, 1)).status()).isEqualTo(PaceStatus.UNKNOWN);
        assertThat(TargetProgress.of(other, List.of(inOtherUnit)).paceOn(LocalDate.of(2022, 1, 1)))
                .isEqualTo(new TargetPace(PaceStatus.UNKNOWN, null, null, 107));
        assertThat(TargetProgress.of(other, List.of()).paceOn(LocalDate.of(2022, 1, 1)).status()).isEqualTo(PaceStatus.UNKNOWN);
    }

    private Metric target(String value, PartialDate by) {
        Metric metric = Metric.target(group, null, Bilingual.of("목표", "Target"));
        metric.record(new BigDecimal(value), "people", null);
        metric.targetFor(by);
        return withId(metric);
    }

    private Metric actual(String value, PartialDate asOf) {
        Metric metric = Metric.actual(group, null, Bilingual.of("실적", "Actual"));
        metric.record(new BigDecimal(value), "people", null);
        metric.asOf(asOf);
        return withId(metric);
    }

    private Metric withId(Metric metric) {
        ReflectionTestUtils.setField(metric, "id", nextId++);
        return metric;
    }

    private static Organization organization() {
        Organization organization = new Organization("group", Bilingual.of("group", "group"), OrganizationKind.FINANCIAL_GROUP);
        ReflectionTestUtils.setField(organization, "id", 1L);
        return organization;
    }
}
