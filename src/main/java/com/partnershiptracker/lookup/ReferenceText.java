package com.partnershiptracker.lookup;

import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a picker field. The canonical form names the record and ends with its key in
 * brackets, "Woori Bank (woori-bank)" or "KT–Woori MOU (#123)", so what the editor sees says what
 * will be saved, and the server finds the record by key without guessing. A slug or a name typed
 * by hand is the other form; {@link ReferenceResolver} reads both.
 */
public final class ReferenceText {

    /** Long enough for a canonical text whose label was cut to {@link #LABEL_MAX_LENGTH}. */
    public static final int MAX_LENGTH = 300;
    static final int LABEL_MAX_LENGTH = 120;

    private static final Pattern CANONICAL = Pattern.compile("^(.*\\S)\\s*\\((#\\d{1,18}|[a-z0-9][a-z0-9-]{0,79})\\)$",
            Pattern.DOTALL);

    private ReferenceText() {
    }

    /** The canonical text of a record keyed by slug, named in the request's language. */
    public static String ofSlug(Bilingual name, String slug) {
        return slug == null ? null : canonical(name == null ? null : name.in(LocaleContextHolder.getLocale()), slug, false);
    }

    /** The canonical text of a record keyed by id, named in the request's language. */
    public static String ofId(Bilingual name, Long id) {
        return id == null ? null : canonical(name == null ? null : name.in(LocaleContextHolder.getLocale()), String.valueOf(id), true);
    }

    public static String canonical(String label, String key, boolean keyedById) {
        String shown = label == null || label.isBlank() ? key : label.strip();
        if (shown.length() > LABEL_MAX_LENGTH) {
            shown = shown.substring(0, LABEL_MAX_LENGTH - 1).strip() + "…";
        }
        return shown + " (" + (keyedById ? "#" : "") + key + ")";
    }

    /** The label and key of a canonical text, if the text has that form. */
    static Optional<Parts> parse(String text) {
        Matcher matcher = CANONICAL.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(matcher.group(1), matcher.group(2)));
    }

    /**
     * The key a field's text names: the bracketed key of a canonical text, otherwise the text
     * itself. Forms call this on text the controller has already resolved (and so made canonical),
     * or on a slug given directly.
     */
    public static String keyOf(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return parse(stripped).map(parts -> parts.key().startsWith("#") ? parts.key().substring(1) : parts.key())
                .orElse(stripped);
    }

    /**
     * The record a resolved reference field names, found through {@code byKey}; null for a blank field.
     *
     * @throws IllegalArgumentException with {@code unknownMessageKey} when the record is gone (deleted since
     *                                  the field was checked), which the controller shows on the form
     */
    public static <T> T recordOf(String text, java.util.function.Function<String, Optional<T>> byKey, String unknownMessageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return byKey.apply(keyOf(text)).orElseThrow(() -> new IllegalArgumentException(unknownMessageKey));
    }

    /** {@link #keyOf} for kinds keyed by id; empty when the key is not a number. */
    public static Optional<Long> idOf(String text) {
        String key = keyOf(text);
        if (key == null) {
            return Optional.empty();
        }
        String digits = key.startsWith("#") ? key.substring(1) : key;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    record Parts(String label, String key) {
    }
}
