package com.partnershiptracker.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugTests {

    @ParameterizedTest
    @ValueSource(strings = {"kt", "woori-bank", "bc-card", "nh-investment-securities", "k-bank", "team-2"})
    void acceptsLowercaseWordsJoinedByHyphens(String slug) {
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KT", "woori bank", "-kt", "kt-", "woori--bank", "우리은행", "kt/../admin", "kt%00"})
    void rejectsAnythingElse(String slug) {
        assertThat(Slug.isValid(slug)).isFalse();
    }
}
