package com.partnershiptracker.websupport;

import java.util.List;
import java.util.Locale;

/** The interface languages. English is the fallback for any other language a browser asks for. */
public final class SupportedLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;
    public static final List<Locale> ALL = List.of(ENGLISH, KOREAN);

    private SupportedLanguages() {
    }

    /** The supported language with the given code, or null when it is not one. */
    public static Locale byCode(String code) {
        if (code == null) {
            return null;
        }
        return ALL.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(code.strip())).findFirst().orElse(null);
    }

    public static Locale other(Locale current) {
        return KOREAN.getLanguage().equals(current.getLanguage()) ? ENGLISH : KOREAN;
    }
}
