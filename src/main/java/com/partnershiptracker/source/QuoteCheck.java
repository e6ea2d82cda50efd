package com.partnershiptracker.source;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a quote really occurs in an article's text. Both are compared after normalising what
 * differs between copies of the same words: Unicode width and compatibility forms (NFKC folds
 * full-width letters and punctuation), the style of quote marks, dashes and middle dots, and
 * whitespace, which is collapsed and ignored next to punctuation, so a quote copied across a line
 * break or with a space before a comma still matches. An ellipsis in the quote marks an omission:
 * the parts around it must occur in that order.
 */
public final class QuoteCheck {

    /** What the check says about one citation's quote. */
    public enum Status {
        FOUND, NOT_FOUND,
        /** The quote is empty or its source has no text to check it against. */
        UNCHECKED;

        public boolean isNotFound() {
            return this == NOT_FOUND;
        }
    }

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"'`´‘’‚‛“”„‟‹›«»「」『』〝〞〟′″]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−﹘﹣~〜～]");
    private static final Pattern MIDDLE_DOTS = Pattern.compile("[·ㆍᆞ・•∙⋅]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern SPACE_BY_PUNCTUATION = Pattern.compile(" ?([\\p{P}\\p{S}]) ?");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}");

    private final String text;

    private QuoteCheck(String text) {
        this.text = text;
    }

    /** A check against this article text, normalised once for any number of quotes; null or blank text checks nothing. */
    public static QuoteCheck against(String articleText) {
        return new QuoteCheck(articleText == null || articleText.isBlank() ? null : normalize(articleText));
    }

    /** Whether the quote occurs in the article text. */
    public static Status status(String articleText, String quote) {
        return against(articleText).statusOf(quote);
    }

    public Status statusOf(String quote) {
        if (text == null || quote == null || quote.isBlank()) {
            return Status.UNCHECKED;
        }
        int from = 0;
        boolean any = false;
        for (String part : ELLIPSIS.split(normalize(quote))) {
            String wanted = part.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            int at = text.indexOf(wanted, from);
            if (at < 0) {
                return Status.NOT_FOUND;
            }
            from = at + wanted.length();
            any = true;
        }
        return any ? Status.FOUND : Status.UNCHECKED;
    }

    /** The text as the check compares it. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = QUOTE_MARKS.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        folded = MIDDLE_DOTS.matcher(folded).replaceAll("·");
        folded = folded.replace("…", "...");
        folded = WHITESPACE.matcher(folded).replaceAll(" ");
        folded = SPACE_BY_PUNCTUATION.matcher(folded).replaceAll("$1");
        return folded.strip();
    }
}
