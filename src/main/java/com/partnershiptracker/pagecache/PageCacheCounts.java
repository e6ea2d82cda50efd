package com.partnershiptracker.pagecache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * app.pagecache.requests by result, for the hit rate: {@code hit} served from memory, {@code miss} rendered, and
 * {@code bypass} a public page read that the cache must not answer (a session, a language switch, credentials).
 */
final class PageCacheCounts {

    static final String REQUESTS = "app.pagecache.requests";

    final Counter hits;
    final Counter misses;
    final Counter bypasses;

    PageCacheCounts(MeterRegistry registry) {
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(REQUESTS).tag("result", result)
                .description("Anonymous GETs of public pages, by what the page cache did with them").register(registry);
    }
}
