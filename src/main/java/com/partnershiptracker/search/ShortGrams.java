package com.partnershiptracker.search;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The pieces of a lowercased text that V14's short_grams() index holds: its two-character pieces,
 * or the character itself when the text is one character long. A row whose short_grams() contain
 * them all may hold the text; one that lacks any cannot.
 */
final class ShortGrams {

    private ShortGrams() {
    }

    static List<String> of(String lowered) {
        int[] characters = lowered.codePoints().toArray();
        if (characters.length == 1) {
            return List.of(lowered);
        }
        return IntStream.range(0, characters.length - 1)
                .mapToObj(i -> new String(characters, i, 2))
                .distinct()
                .toList();
    }

    /**
     * Whether pg_trgm can find the text through its trigram indexes: it needs three letters or digits
     * in a row. Without them a trigram index is read from end to end.
     */
    static boolean hasTrigram(String lowered) {
        int run = 0;
        for (int character : lowered.codePoints().toArray()) {
            run = Character.isLetterOrDigit(character) ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }
}
