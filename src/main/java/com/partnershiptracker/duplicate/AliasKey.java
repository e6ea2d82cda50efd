package com.partnershiptracker.duplicate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two names or aliases count as the same: NFKC (full-width letters and digits are the
 * ordinary ones), lower case, spaces collapsed, and no spaces at all when the text holds Hangul, where
 * spacing varies (우리 은행, 우리은행). DuplicateFinder's SQL computes the same on PostgreSQL.
 */
final class AliasKey {

    private AliasKey() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        if (normalized.codePoints().anyMatch(AliasKey::isHangul)) {
            normalized = normalized.replace(" ", "");
        }
        return normalized.isEmpty() ? null : normalized;
    }

    private static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }
}
