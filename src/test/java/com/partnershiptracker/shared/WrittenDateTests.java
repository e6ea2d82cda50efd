package com.partnershiptracker.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WrittenDateTests {

    @ParameterizedTest
    @ValueSource(strings = {"2021", " 2021 ", "2021년", "２０２１"})
    void readsAYearAsAYear(String text) {
        PartialDate date = WrittenDate.read(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date.toIsoString()).isEqualTo("2021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03", "2021.03", "2021/3", "2021년 3월", "March 2021", "Mar 2021", "2021. 3.",
            "2021년3월", "mar. 2021", "MARCH 2021"})
    void readsAMonthAsAMonth(String text) {
        PartialDate date = WrittenDate.read(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.toIsoString()).isEqualTo("2021-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-05", "2021.03.05", "2021. 3. 5.", "2021/3/5", "2021년 3월 5일", "5 March 2021",
            "March 5, 2021", "2021-3-5", "2021년3월5일", "March 5th, 2021", "5 Mar 2021", "Mar 5 2021", "２０２１．３．５"})
    void readsADayAsADay(String text) {
        PartialDate date = WrittenDate.read(text);

        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.toIsoString()).isEqualTo("2021-03-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "21", "21.03.05", "2021-13", "2021-02-30", "2021.03/05", "Marc 2021",
            "Smarch 2021", "5 2021", "March 2021 5", "2021-03-05T10:00", "03/05/2021", "2021년 13월", "2021-00",
            "yesterday", "2021 March 5 and a long tail of words beyond the limit"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> WrittenDate.read(text)).isInstanceOf(InvalidPartialDateException.class);
        assertThat(WrittenDate.isReadable(text)).isEqualTo(text.isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-08-19", "2020-08", "2020"})
    void readsEveryCanonicalFormBackUnchanged(String canonical) {
        assertThat(WrittenDate.read(canonical)).isEqualTo(PartialDate.parse(canonical));
    }
}
