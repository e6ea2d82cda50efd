package com.partnershiptracker.duplicate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trigram similarity as pg_trgm computes it (words of letters and digits, each padded with two spaces
 * before and one after; shared trigrams over all trigrams), for databases without pg_trgm (H2 in development).
 */
final class Trigrams {

    private Trigrams() {
    }

    static double similarity(String a, String b) {
        Set<String> first = of(a);
        Set<String> second = of(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        return (double) shared.size() / (first.size() + second.size() - shared.size());
    }

    static Set<String> of(String text) {
        Set<String> trigrams = new HashSet<>();
        if (text == null) {
            return trigrams;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int[] padded = ("  " + word + " ").codePoints().toArray();
            for (int i = 0; i + 3 <= padded.length; i++) {
                trigrams.add(new String(padded, i, 3));
            }
        }
        return trigrams;
    }
}
