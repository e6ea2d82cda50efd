package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualTests {

    @Test
    void readsInTheLocaleLanguage() {
        Bilingual name = Bilingual.of("우리은행", "Woori Bank");
        assertThat(name.in(Locale.KOREAN)).isEqualTo("우리은행");
        assertThat(name.in(Locale.ENGLISH)).isEqualTo("Woori Bank");
    }

    @Test
    void fallsBackToTheOtherLanguageWhenOneIsMissing() {
        assertThat(Bilingual.of("레드팀", null).in(Locale.ENGLISH)).isEqualTo("레드팀");
        assertThat(Bilingual.of(" ", "Red Team").in(Locale.KOREAN)).isEqualTo("Red Team");
    }

    @Test
    void treatsBlankAsMissing() {
        assertThat(Bilingual.of("  ", "").isEmpty()).isTrue();
    }
}
