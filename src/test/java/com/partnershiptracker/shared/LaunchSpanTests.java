package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchSpanTests {

    @Test
    void twoDaysGiveWholeMonths() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofDay(2020, 8, 19), PartialDate.ofDay(2020, 12, 20));

        assertThat(span).isEqualTo(new LaunchSpan(LaunchSpan.Direction.AFTER, LaunchSpan.Unit.MONTHS, 4));
        assertThat(span.messageKey()).isEqualTo("launch.span.after.MONTHS");
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofDay(2020, 8, 19), PartialDate.ofDay(2020, 12, 20))).isEqualTo(4);
    }

    @Test
    void twoDaysUnderAMonthApartGiveDays() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofDay(2020, 9, 10), PartialDate.ofDay(2020, 9, 22));

        assertThat(span).isEqualTo(new LaunchSpan(LaunchSpan.Direction.AFTER, LaunchSpan.Unit.DAYS, 12));
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofDay(2020, 9, 10), PartialDate.ofDay(2020, 9, 22))).isZero();
    }

    @Test
    void aMonthOnlyDateGivesAMonthLevelSpanNeverADayCount() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofMonth(2020, 7), PartialDate.ofDay(2020, 8, 3));

        assertThat(span).isEqualTo(new LaunchSpan(LaunchSpan.Direction.AFTER, LaunchSpan.Unit.MONTHS, 1));
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofMonth(2020, 7), PartialDate.ofDay(2020, 8, 3))).isEqualTo(1);
    }

    @Test
    void aLaunchInTheMonthOfSigningIsTheSamePeriod() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofDay(2020, 8, 19), PartialDate.ofMonth(2020, 8));

        assertThat(span.isSamePeriod()).isTrue();
        assertThat(span.unit()).isEqualTo(LaunchSpan.Unit.MONTHS);
        assertThat(span.messageKey()).isEqualTo("launch.span.same.MONTHS");
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofDay(2020, 8, 19), PartialDate.ofMonth(2020, 8))).isZero();
    }

    @Test
    void aYearOnlyDateGivesAYearLevelSpanAndNoMonthCount() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofDay(2020, 9, 10), PartialDate.ofYear(2021));

        assertThat(span).isEqualTo(new LaunchSpan(LaunchSpan.Direction.AFTER, LaunchSpan.Unit.YEARS, 1));
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofDay(2020, 9, 10), PartialDate.ofYear(2021))).isNull();
    }

    @Test
    void aYearOnlyLaunchInTheYearOfSigningIsTheSameYear() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofYear(2020), PartialDate.ofMonth(2020, 11));

        assertThat(span.isSamePeriod()).isTrue();
        assertThat(span.messageKey()).isEqualTo("launch.span.same.YEARS");
    }

    @Test
    void aLaunchBeforeSigningSaysSoAndCountsNegativeMonths() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofMonth(2020, 9), PartialDate.ofMonth(2020, 7));

        assertThat(span).isEqualTo(new LaunchSpan(LaunchSpan.Direction.BEFORE, LaunchSpan.Unit.MONTHS, 2));
        assertThat(span.messageKey()).isEqualTo("launch.span.before.MONTHS");
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofMonth(2020, 9), PartialDate.ofMonth(2020, 7))).isEqualTo(-2);
    }

    @Test
    void aLaunchOnTheDayOfSigningIsTheSameDay() {
        LaunchSpan span = LaunchSpan.between(PartialDate.ofDay(2020, 9, 10), PartialDate.ofDay(2020, 9, 10));

        assertThat(span.isSamePeriod()).isTrue();
        assertThat(span.messageKey()).isEqualTo("launch.span.same.DAYS");
    }

    @Test
    void anUnknownDateGivesNoSpan() {
        assertThat(LaunchSpan.between(null, PartialDate.ofYear(2020))).isNull();
        assertThat(LaunchSpan.between(PartialDate.ofYear(2020), null)).isNull();
        assertThat(LaunchSpan.monthsBetween(PartialDate.ofYear(2020), null)).isNull();
    }
}
