package com.partnershiptracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text around the parts that match a query, so a page can mark them with a
 * {@code <mark>} element while every part stays escaped text.
 */
public final class Highlight {

    static final int CONTEXT = 60;

    private Highlight() {
    }

    /** A piece of text, marked when it is part of the match. */
    public record Part(String text, boolean match) {
    }

    /** The text cut to the neighbourhood of the first match, in matching and non-matching parts. */
    public static List<Part> split(String text, String query) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        if (query == null || query.isBlank()) {
            parts.add(new Part(text, false));
            return parts;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerQuery = query.toLowerCase(Locale.ROOT);
        int first = lowerText.indexOf(lowerQuery);
        int start = first < 0 ? 0 : Math.max(0, first - CONTEXT);
        int end = first < 0 ? Math.min(text.length(), 2 * CONTEXT) : Math.min(text.length(), first + lowerQuery.length() + CONTEXT);
        String prefix = start > 0 ? "…" : "";
        String suffix = end < text.length() ? "…" : "";
        int position = start;
        while (position < end) {
            int match = lowerText.indexOf(lowerQuery, position);
            if (match < 0 || match >= end) {
                parts.add(new Part(text.substring(position, end), false));
                break;
            }
            if (match > position) {
                parts.add(new Part(text.substring(position, match), false));
            }
            int matchEnd = Math.min(match + lowerQuery.length(), end);
            parts.add(new Part(text.substring(match, matchEnd), true));
            position = matchEnd;
        }
        if (!prefix.isEmpty()) {
            parts.add(0, new Part(prefix, false));
        }
        if (!suffix.isEmpty()) {
            parts.add(new Part(suffix, false));
        }
        return parts;
    }
}
