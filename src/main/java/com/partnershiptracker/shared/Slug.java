package com.partnershiptracker.shared;

import java.util.regex.Pattern;

/** URL keys: lowercase letters and digits in words joined by single hyphens, such as {@code woori-bank}. */
public final class Slug {

    public static final int MAX_LENGTH = 80;
    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** The same, anchored, as an API description gives it. */
    public static final String DESCRIBED = "^" + PATTERN + "$";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    /**
     * A key proposed from a record's names: the English name's words, or else the Korean name
     * romanised ("Woori Bank" → woori-bank, "우리은행" → urieunhaeng); empty when neither gives a letter or digit.
     */
    public static String propose(String english, String korean) {
        String fromEnglish = wordsOf(english);
        return fromEnglish.isEmpty() ? wordsOf(Romanization.of(korean)) : fromEnglish;
    }

    /** The proposal itself when free, else with -2, -3 … added, as {@code taken} says. */
    public static String unique(String proposal, java.util.function.Predicate<String> taken) {
        if (!taken.test(proposal)) {
            return proposal;
        }
        for (int suffix = 2; ; suffix++) {
            String tail = "-" + suffix;
            String candidate = cut(proposal, MAX_LENGTH - tail.length()) + tail;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String wordsOf(String name) {
        if (name == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        return cut(plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""), MAX_LENGTH);
    }

    private static String cut(String slug, int length) {
        return slug.length() <= length ? slug : slug.substring(0, length).replaceAll("-+$", "");
    }

    /** @throws IllegalArgumentException when the candidate is not a well-formed slug */
    public static String require(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("Not a slug (lowercase words joined by hyphens): '" + candidate + "'");
        }
        return candidate;
    }
}
