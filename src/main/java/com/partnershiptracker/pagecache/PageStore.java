package com.partnershiptracker.pagecache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kept pages, least recently used first out once they would take more than their share of memory. */
final class PageStore {

    private final long maxBytes;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized CachedPage get(String key) {
        return pages.get(key);
    }

    synchronized void put(String key, CachedPage page) {
        CachedPage replaced = pages.put(key, page);
        bytes += page.size() - (replaced == null ? 0 : replaced.size());
        Iterator<Map.Entry<String, CachedPage>> oldestFirst = pages.entrySet().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().getValue().size();
            oldestFirst.remove();
        }
    }

    synchronized int count() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
