package com.partnershiptracker.websupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read in their unit and the reader's language, with the seed's units and ones the formatter does not know. */
class FiguresTests {

    private final Figures figures = new Figures(messages());

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "12940000        | people   | 12,940,000 people",
            "7190000         | people   | 7,190,000 people",
            "1               | people   | 1 person",
            "0               | people   | 0 people",
            "-1550000        | people   | -1,550,000 people",
            "22315900000000  | KRW      | KRW 22.3 trillion",
            "400000000000    | KRW      | KRW 400 billion",
            "-3200000000     | KRW      | KRW -3.2 billion",
            "1550000         | KRW      | KRW 1.55 million",
            "950000          | KRW      | KRW 950,000",
            "0               | KRW      | KRW 0",
            "0.5             | KRW      | KRW 0.5",
            "12.5            | %        | 12.5%",
            "-0.25           | %        | -0.25%",
            "2500            | stores   | 2,500 stores",
            "7               | areas    | 7 areas",
            "2               | sessions | 2 sessions",
            "7               | widgets  | 7 widgets",
            "1234567.891     | widgets  | 1,234,567.89 widgets",
            "3.14159         | NULL     | 3.14",
    })
    void inEnglish(BigDecimal value, String unit, String expected) {
        assertThat(figures.format(value, unit, Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "12940000        | people   | 1,294만 명",
            "7190000         | people   | 719만 명",
            "15000000        | people   | 1,500만 명",
            "12345           | people   | 1만 2,345 명",
            "123456.7        | people   | 12만 3,457 명",
            "40              | people   | 40 명",
            "0               | people   | 0 명",
            "-1550000        | people   | -155만 명",
            "22315900000000  | KRW      | 22조 3,159억 원",
            "22315960000000  | KRW      | 22조 3,160억 원",
            "400000000000    | KRW      | 4,000억 원",
            "-3200000000     | KRW      | -32억 원",
            "9999            | KRW      | 9,999 원",
            "0.5             | KRW      | 0.5 원",
            "12.5            | %        | 12.5%",
            "2500            | stores   | 2,500개 매장",
            "2               | sessions | 2회",
            "7               | widgets  | 7 widgets",
            "120000          | widgets  | 12만 widgets",
            "3.14159         | NULL     | 3.14",
    })
    void inKorean(BigDecimal value, String unit, String expected) {
        assertThat(figures.format(value, unit, Locale.KOREAN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL,people", "NULL,NULL"})
    void noValueIsNoFigure(BigDecimal value, String unit) {
        assertThat(figures.format(value, unit, Locale.ENGLISH)).isEmpty();
        assertThat(figures.format(value, unit, Locale.KOREAN)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
