package com.partnershiptracker.websupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormInputCleaningTests {

    @Test
    void removesNulAndOtherControlCharactersButKeepsLineBreaksAndKorean() {
        assertThat(FormInputCleaning.clean("우리\u0000은행\u0007\tKT\r\nBC")).isEqualTo("우리은행\tKT\r\nBC");
    }

    @Test
    void keepsEmojiAndRightToLeftText() {
        assertThat(FormInputCleaning.clean("🙂 שלום")).isEqualTo("🙂 שלום");
    }
}
