package com.partnershiptracker.shared;

/**
 * Hangul in Latin letters, by the Revised Romanization of Korean syllable by syllable (우리은행 →
 * urieunhaeng), enough to propose a readable URL key for a record that has only a Korean name. The
 * sound changes between syllables are not applied; an editor can still change the key.
 */
public final class Romanization {

    private static final int FIRST_SYLLABLE = 0xAC00;
    private static final int LAST_SYLLABLE = 0xD7A3;
    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
            "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
            "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanization() {
    }

    /** The text with every Hangul syllable written in Latin letters; other characters are kept as they are. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder(text.length() * 3);
        text.codePoints().forEach(point -> {
            if (point >= FIRST_SYLLABLE && point <= LAST_SYLLABLE) {
                int index = point - FIRST_SYLLABLE;
                latin.append(INITIALS[index / (21 * 28)]).append(VOWELS[index % (21 * 28) / 28]).append(FINALS[index % 28]);
            } else {
                latin.appendCodePoint(point);
            }
        });
        return latin.toString();
    }
}
