package com.partnershiptracker.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

    @Test
    void marksEveryMatchIgnoringCase() {
        assertThat(Highlight.split("Kakao Pay and kakao", "KAKAO")).containsExactly(
                new Highlight.Part("Kakao", true), new Highlight.Part(" Pay and ", false), new Highlight.Part("kakao", true));
    }

    @Test
    void marksPartOfAKoreanWord() {
        assertThat(Highlight.split("카카오페이", "카카오")).containsExactly(
                new Highlight.Part("카카오", true), new Highlight.Part("페이", false));
    }

    @Test
    void cutsLongTextAroundTheFirstMatch() {
        String text = "가".repeat(200) + "KT" + "나".repeat(200);
        var parts = Highlight.split(text, "kt");
        assertThat(parts.get(0).text()).isEqualTo("…");
        assertThat(parts.get(parts.size() - 1).text()).isEqualTo("…");
        assertThat(parts).filteredOn(Highlight.Part::match).extracting(Highlight.Part::text).containsExactly("KT");
        assertThat(parts.stream().mapToInt(part -> part.text().length()).sum()).isLessThan(2 * Highlight.CONTEXT + 10);
    }

    @Test
    void textWithoutTheQueryIsOneUnmarkedPart() {
        assertThat(Highlight.split("Toss", "naver")).containsExactly(new Highlight.Part("Toss", false));
    }
}
