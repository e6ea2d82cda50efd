package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugProposalTests {

    @Test
    void proposesTheEnglishNamesWords() {
        assertThat(Slug.propose("Woori Financial Group", "우리금융그룹")).isEqualTo("woori-financial-group");
        assertThat(Slug.propose("  K Bank (Korea) — Seoul ", null)).isEqualTo("k-bank-korea-seoul");
        assertThat(Slug.propose("Café Société", null)).isEqualTo("cafe-societe");
    }

    @Test
    void romanisesTheKoreanNameWhenThereIsNoEnglishOne() {
        assertThat(Slug.propose(null, "우리은행")).isEqualTo("urieunhaeng");
        assertThat(Slug.propose("", "손태승 회장")).isEqualTo("sontaeseung-hoejang");
        assertThat(Slug.propose("!!!", "케이뱅크")).isEqualTo("keibaengkeu");
    }

    @Test
    void proposesNothingWhenNoNameHasALetterOrDigit() {
        assertThat(Slug.propose(null, null)).isEmpty();
        assertThat(Slug.propose("—", "…")).isEmpty();
    }

    @Test
    void everyProposalIsAValidSlugEvenFromALongName() {
        String proposal = Slug.propose("A very long name ".repeat(10), null);
        assertThat(Slug.isValid(proposal)).isTrue();
        assertThat(proposal).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    }

    @Test
    void numbersAProposalThatIsTaken() {
        Set<String> taken = Set.of("kt", "kt-2");
        assertThat(Slug.unique("kt", taken::contains)).isEqualTo("kt-3");
        assertThat(Slug.unique("naver", taken::contains)).isEqualTo("naver");
    }
}
