package com.partnershiptracker.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortGramsTests {

    @Test
    void aTwoCharacterWordIsItsOwnPiece() {
        assertThat(ShortGrams.of("우리")).containsExactly("우리");
    }

    @Test
    void aLongerTextIsEveryTwoCharacterPieceOnce() {
        assertThat(ShortGrams.of("a_b_a_b")).containsExactly("a_", "_b", "b_", "_a");
    }

    @Test
    void oneCharacterIsItself() {
        assertThat(ShortGrams.of("%")).containsExactly("%");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNotCutInHalf() {
        assertThat(ShortGrams.of("😀a")).containsExactly("😀a");
        assertThat(ShortGrams.of("😀")).containsExactly("😀");
    }

    @Test
    void aTrigramNeedsThreeLettersOrDigitsInARow() {
        assertThat(ShortGrams.hasTrigram("카카오")).isTrue();
        assertThat(ShortGrams.hasTrigram("kt 5g")).isFalse();
        assertThat(ShortGrams.hasTrigram("a_b")).isFalse();
        assertThat(ShortGrams.hasTrigram("50%")).isFalse();
        assertThat(ShortGrams.hasTrigram("x 500")).isTrue();
    }
}
