package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageStoreTests {

    static final ChangeStamp.Stamp STAMP = new ChangeStamp.Stamp(7, 7, 2);
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theLeastRecentlyUsedPagesGoFirstWhenTheStoreIsFull() {
        PageStore store = new PageStore(2500);
        store.put("a", page(1000));
        store.put("b", page(1000));
        store.get("a");
        store.put("c", page(1000));

        assertThat(store.get("a")).isNotNull();
        assertThat(store.get("b")).isNull();
        assertThat(store.get("c")).isNotNull();
        assertThat(store.bytes()).isEqualTo(2000);
    }

    @Test
    void replacingAPageCountsOnlyTheNewOne() {
        PageStore store = new PageStore(10_000);
        store.put("a", page(1000));
        store.put("a", page(300));

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.bytes()).isEqualTo(300);
    }

    @Test
    void aPageIsCurrentOnlyAtItsOwnStampAndWithinItsTimeToLive() {
        CachedPage page = page(10);

        assertThat(page.isCurrent(STAMP, NOW.plusSeconds(10), Duration.ofMinutes(5))).isTrue();
        assertThat(page.isCurrent(new ChangeStamp.Stamp(8, 8, 2), NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(page.isCurrent(new ChangeStamp.Stamp(7, 7, 3), NOW, Duration.ofMinutes(5))).isFalse();
        // A revision with an older number committed late, on any instance.
        assertThat(page.isCurrent(new ChangeStamp.Stamp(7, 8, 2), NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(page.isCurrent(STAMP, NOW.plusSeconds(301), Duration.ofMinutes(5))).isFalse();
        assertThat(page.etag()).matches("W/\"[A-Za-z0-9_-]{22}\"")
                .isEqualTo(page(20).etag()).isNotEqualTo(new CachedPage(new ChangeStamp.Stamp(8, 8, 2), NOW, "text/html",
                        Locale.ENGLISH, List.of(), new byte[1]).etag());
    }

    private static CachedPage page(int bytes) {
        return new CachedPage(STAMP, NOW, "text/html;charset=UTF-8", Locale.ENGLISH, List.of(), new byte[bytes]);
    }
}
