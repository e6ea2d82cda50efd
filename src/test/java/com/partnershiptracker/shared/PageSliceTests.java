package com.partnershiptracker.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageSliceTests {

    @Test
    void clampsANegativePageToTheFirst() {
        assertThat(new PageSlice(-1, 20).page()).isZero();
    }

    @Test
    void clampsAHugeSizeToTheMaximum() {
        assertThat(new PageSlice(0, 1_000_000).size()).isEqualTo(PageSlice.MAX_SIZE);
    }

    @Test
    void replacesANonPositiveSizeWithTheDefault() {
        assertThat(new PageSlice(0, 0).size()).isEqualTo(PageSlice.DEFAULT_SIZE);
    }

    @Test
    void offsetDoesNotOverflowOnDeepPages() {
        assertThat(new PageSlice(Integer.MAX_VALUE, 100).offset()).isEqualTo(Integer.MAX_VALUE * 100L);
    }
}
