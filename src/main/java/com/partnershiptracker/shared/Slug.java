package com.partnershiptracker.shared;

import java.util.regex.Pattern;

/** URL keys: lowercase letters and digits in words joined by single hyphens, such as {@code woori-bank}. */
public final class Slug {

    public static final int MAX_LENGTH = 80;
    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    /** @throws IllegalArgumentException when the candidate is not a well-formed slug */
    public static String require(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("Not a slug (lowercase words joined by hyphens): '" + candidate + "'");
        }
        return candidate;
    }
}
