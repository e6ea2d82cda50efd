package com.partnershiptracker.pagecache;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which pages were asked for lately, so that a page is kept only from its second request on. Most URLs
 * of a public site are asked for once between saves (a reader's own partner, page or search word):
 * keeping each of them copied the page, and the copy outlived enough collections to be moved to the
 * old part of the heap, only to be pushed out unread by the next ones. Under the bench's misses that was
 * a full collection of about 300 ms every six seconds.
 *
 * <p>A fixed table of fingerprints, one per slot: a key whose slot another key took since is forgotten,
 * and two keys with one fingerprint are taken for one. Either costs a page kept one request late or early,
 * never a wrong page.
 */
final class AskedBefore {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final AtomicLongArray fingerprints;
    private final int slotMask;

    /** slots: a power of two, the number of keys remembered at most. */
    AskedBefore(int slots) {
        if (slots <= 0 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.fingerprints = new AtomicLongArray(slots);
        this.slotMask = slots - 1;
    }

    /** True when the key was asked for before and is still remembered; from now on it is, either way. */
    boolean remember(String key) {
        long fingerprint = fingerprintOf(key);
        int slot = (int) (fingerprint >>> 32) & slotMask;
        return fingerprints.getAndSet(slot, fingerprint) == fingerprint;
    }

    private static long fingerprintOf(String key) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * FNV_PRIME;
        }
        // FNV alone leaves keys that differ only at their end (page=1, page=2…) in few slots; a final mix spreads them.
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        // Zero marks an empty slot.
        return hash == 0 ? 1 : hash;
    }
}
