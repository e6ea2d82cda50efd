package com.partnershiptracker.shared;

import java.util.Locale;

/**
 * A text held in Korean and English, either of which may be missing. Reading it in one language
 * falls back to the other, so a name is never shown blank just because one translation is absent.
 */
public record Bilingual(String ko, String en) {

    public Bilingual {
        ko = blankToNull(ko);
        en = blankToNull(en);
    }

    public static Bilingual of(String ko, String en) {
        return new Bilingual(ko, en);
    }

    /** The text in the locale's language, or in the other language when that one is missing. */
    public String in(Locale locale) {
        boolean korean = locale != null && "ko".equals(locale.getLanguage());
        String preferred = korean ? ko : en;
        return preferred != null ? preferred : (korean ? en : ko);
    }

    public boolean isEmpty() {
        return ko == null && en == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
