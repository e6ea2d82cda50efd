package com.partnershiptracker.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/**
 * Ties a fact to a source, with a short supporting quote. A citation that names a claim
 * attribute records a source that disagrees with the value the record prefers: the claim value
 * is what that source says, and the note explains the disagreement. The preferred value stays on
 * the fact itself.
 */
@Embeddable
public class Citation {

    public static final int QUOTE_MAX_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Column(name = "quote", length = QUOTE_MAX_LENGTH)
    private String quote;

    @Column(name = "claim_attribute", length = 60)
    private String claimAttribute;

    @Column(name = "claim_value", length = 200)
    private String claimValue;

    @Column(name = "note", length = 1000)
    private String note;

    protected Citation() {
    }

    private Citation(Source source, String quote, String claimAttribute, String claimValue, String note) {
        this.source = Objects.requireNonNull(source, "source");
        this.quote = quote;
        this.claimAttribute = claimAttribute;
        this.claimValue = claimValue;
        this.note = note;
    }

    /** The source states the fact as recorded. */
    public static Citation supporting(Source source, String quote) {
        return new Citation(source, quote, null, null, null);
    }

    /** The source states the fact as recorded, with a remark (for example how a loose name was resolved). */
    public static Citation supporting(Source source, String quote, String note) {
        return new Citation(source, quote, null, null, note);
    }

    /** The source gives another value for one attribute of the fact than the one the record prefers. */
    public static Citation conflicting(Source source, String attribute, String value, String quote, String note) {
        return new Citation(source, quote, Objects.requireNonNull(attribute, "attribute"),
                Objects.requireNonNull(value, "value"), note);
    }

    /** A citation as an editor enters it, before the source is looked up. Blank parts count as absent. */
    public record Draft(String quote, String claimAttribute, String claimValue, String note) {

        public Citation toCitation(Source source) {
            String attribute = blankToNull(claimAttribute);
            String value = blankToNull(claimValue);
            return attribute != null && value != null
                    ? conflicting(source, attribute, value, blankToNull(quote), blankToNull(note))
                    : supporting(source, blankToNull(quote), blankToNull(note));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public boolean isConflicting() {
        return claimAttribute != null;
    }

    public Source getSource() {
        return source;
    }

    public String getQuote() {
        return quote;
    }

    public String getClaimAttribute() {
        return claimAttribute;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public String getNote() {
        return note;
    }
}
