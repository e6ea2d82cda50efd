package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTests {

    @Test
    void parsesEachFormWithThePrecisionItStates() {
        assertThat(PartialDate.parse("2020").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2020-07").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2020-07-15").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse(" 2020-07-15 ").start()).isEqualTo(LocalDate.of(2020, 7, 15));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"20", "2020-7", "2020/07", "2020-13", "2020-02-30", "2021-02-29", "July 2020", "2020-07-15T00:00", "\u0000"})
    void rejectsTextThatIsNotARealPartialDate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidPartialDateException.class);
    }

    @Test
    void storesAMonthAsItsFirstDayButNeverShowsThatDay() {
        PartialDate july = PartialDate.parse("2020-07");
        assertThat(july.start()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(july.toIsoString()).isEqualTo("2020-07");
        assertThat(july.format(Locale.ENGLISH)).isEqualTo("July 2020");
        assertThat(july.format(Locale.KOREAN)).isEqualTo("2020년 7월");
    }

    @Test
    void formatsEachPrecisionInKoreanAndEnglish() {
        assertThat(PartialDate.ofYear(2020).format(Locale.ENGLISH)).isEqualTo("2020");
        assertThat(PartialDate.ofYear(2020).format(Locale.KOREAN)).isEqualTo("2020년");
        assertThat(PartialDate.ofDay(2020, 9, 10).format(Locale.ENGLISH)).isEqualTo("10 September 2020");
        assertThat(PartialDate.ofDay(2020, 9, 10).format(Locale.KOREAN)).isEqualTo("2020년 9월 10일");
    }

    @Test
    void isoStringIsExactlyAsPreciseAsThePrecision() {
        assertThat(PartialDate.ofYear(2020).toIsoString()).isEqualTo("2020");
        assertThat(PartialDate.ofMonth(2020, 7).toIsoString()).isEqualTo("2020-07");
        assertThat(PartialDate.ofDay(2020, 9, 10).toIsoString()).isEqualTo("2020-09-10");
    }

    @Test
    void truncatesToThePrecisionGiven() {
        PartialDate month = PartialDate.of(LocalDate.of(2020, 7, 15), DatePrecision.MONTH);
        assertThat(month).isEqualTo(PartialDate.ofMonth(2020, 7));
    }

    @Test
    void endsOnTheLastDayOfItsPeriod() {
        assertThat(PartialDate.ofYear(2020).end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(PartialDate.ofMonth(2020, 2).end()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.ofDay(2020, 2, 3).end()).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void ordersByStartThenCoarseBeforeFine() {
        PartialDate year = PartialDate.ofYear(2020);
        PartialDate january = PartialDate.ofMonth(2020, 1);
        PartialDate firstOfJanuary = PartialDate.ofDay(2020, 1, 1);
        PartialDate july = PartialDate.ofMonth(2020, 7);
        PartialDate midJuly = PartialDate.ofDay(2020, 7, 15);
        PartialDate august = PartialDate.ofMonth(2020, 8);
        PartialDate nextYear = PartialDate.ofYear(2021);
        List<PartialDate> expected = List.of(year, january, firstOfJanuary, july, midJuly, august, nextYear);

        List<PartialDate> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void inferredDateKeepsItsValueAndSaysHow() {
        PartialDate inferred = PartialDate.ofDay(2021, 11, 24).inferred("Year from the 10월말 figure");
        assertThat(inferred.isInferred()).isTrue();
        assertThat(inferred.note()).isEqualTo("Year from the 10월말 figure");
        assertThat(inferred.compareTo(PartialDate.ofDay(2021, 11, 24))).isZero();
        assertThat(inferred).isNotEqualTo(PartialDate.ofDay(2021, 11, 24));
    }

    @Test
    void overlapsWhenThePeriodsShareADay() {
        assertThat(PartialDate.ofYear(2020).overlaps(PartialDate.ofMonth(2020, 7))).isTrue();
        assertThat(PartialDate.ofMonth(2020, 7).overlaps(PartialDate.ofDay(2020, 7, 31))).isTrue();
        assertThat(PartialDate.ofMonth(2020, 7).overlaps(PartialDate.ofDay(2020, 8, 1))).isFalse();
    }

    @Test
    void refusesANoteLongerThanTheColumn() {
        String tooLong = "x".repeat(PartialDate.NOTE_MAX_LENGTH + 1);
        assertThatThrownBy(() -> PartialDate.ofYear(2020).withNote(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoteInBothLanguagesIsReadInThePagesLanguageAndSurvivesAnEnglishEdit() {
        PartialDate date = PartialDate.ofMonth(2020, 7).inferred("'last July'").withNotes("'last July'", "'지난 7월'");

        assertThat(date.notes().in(java.util.Locale.KOREAN)).isEqualTo("'지난 7월'");
        assertThat(date.notes().in(java.util.Locale.ENGLISH)).isEqualTo("'last July'");
        assertThat(date.withNote("'in July'").noteKo()).isEqualTo("'지난 7월'");
        assertThat(date.isInferred()).isTrue();
        assertThat(date).isNotEqualTo(date.withNotes("'last July'", null));
        assertThat(PartialDate.ofYear(2020).hasNote()).isFalse();
        assertThat(PartialDate.ofYear(2020).withNotes(null, "한국어만").hasNote()).isTrue();
    }
}
