package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextQueryTests {

    @Test
    void escapesLikeWildcardsSoTheyMatchLiterally() {
        assertThat(TextQuery.containsPattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void blankTextMeansNoFilter() {
        assertThat(TextQuery.normalize("   ")).isNull();
        assertThat(TextQuery.normalize(null)).isNull();
    }

    @Test
    void cutsVeryLongTextToTheMaximum() {
        assertThat(TextQuery.normalize("가".repeat(1000))).hasSize(TextQuery.MAX_LENGTH);
    }

    @Test
    void lowercasesLatinAndKeepsKorean() {
        assertThat(TextQuery.containsPattern("KT 카카오")).isEqualTo("%kt 카카오%");
    }
}
