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
    void clampsAPageBeyondAnyListSoItsOffsetFitsWhatJpaAccepts() {
        PageSlice deepest = new PageSlice(Integer.MAX_VALUE, 100);

        assertThat(deepest.page()).isEqualTo(PageSlice.MAX_PAGE);
        assertThat(deepest.offset()).isPositive().isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(new PageSlice(PageSlice.MAX_PAGE, PageSlice.MAX_SIZE).offset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }
}
