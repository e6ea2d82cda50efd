package com.partnershiptracker.pagecache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AskedBeforeTests {

    @Test
    void aKeyIsAskedBeforeFromItsSecondTimeOn() {
        AskedBefore asked = new AskedBefore(1024);

        assertThat(asked.remember("en http://localhost/timeline?partner=kt")).isFalse();
        assertThat(asked.remember("en http://localhost/timeline?partner=kt")).isTrue();
        assertThat(asked.remember("en http://localhost/timeline?partner=kt")).isTrue();
    }

    @Test
    void keysAreRememberedEachOnTheirOwn() {
        AskedBefore asked = new AskedBefore(1 << 16);
        for (int page = 1; page <= 500; page++) {
            assertThat(asked.remember("en http://localhost/agreements?page=" + page)).isFalse();
        }
        assertThat(asked.remember("ko http://localhost/agreements?page=1")).isFalse();

        int remembered = 0;
        for (int page = 1; page <= 500; page++) {
            remembered += asked.remember("en http://localhost/agreements?page=" + page) ? 1 : 0;
        }
        // 500 keys in 65536 slots: a few may have pushed each other out, never most.
        assertThat(remembered).isGreaterThan(490);
    }

    @Test
    void aSmallTableForgetsOldKeysAsNewOnesComeIn() {
        AskedBefore asked = new AskedBefore(2);
        asked.remember("en http://localhost/organizations/kt");
        for (int page = 1; page <= 50; page++) {
            asked.remember("en http://localhost/agreements?page=" + page);
        }

        assertThat(asked.remember("en http://localhost/organizations/kt")).isFalse();
    }

    @Test
    void theTableSizeIsAPowerOfTwo() {
        assertThatThrownBy(() -> new AskedBefore(1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AskedBefore(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
