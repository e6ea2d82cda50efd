package com.partnershiptracker.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ties a fact to a source, with a short supporting quote. A citation that names a claim
 * attribute records a source that disagrees with the value the record prefers: the claim value
 * is what that source says, and the note explains the disagreement. The preferred value stays on
 * the fact itself. The note is kept in English ({@code note}) and in Korean ({@code noteKo}).
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

    @Column(name = "note_ko", length = 1000)
    private String noteKo;

    /** The attributes of the fact that the source supports, as {@link CitedAttributes} writes them; null for the whole record. */
    @Column(name = "attributes", length = CitedAttributes.COLUMN_LENGTH)
    private String attributes;

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
    public static Citation conflicting(Source source, CitedAttribute attribute, String value, String quote, String note) {
        return new Citation(source, quote, Objects.requireNonNull(attribute, "attribute").name(),
                Objects.requireNonNull(value, "value"), note);
    }

    /**
     * The same citation, supporting only these attributes of the fact; none means the whole record.
     */
    public Citation supportingOnly(Collection<CitedAttribute> supported) {
        Citation citation = new Citation(source, quote, claimAttribute, claimValue, note);
        citation.noteKo = noteKo;
        citation.attributes = CitedAttributes.write(supported);
        return citation;
    }

    /** The same citation with its note in Korean too (blank for none). */
    public Citation withNoteKo(String koreanNote) {
        Citation citation = new Citation(source, quote, claimAttribute, claimValue, note);
        citation.noteKo = koreanNote == null || koreanNote.isBlank() ? null : koreanNote.strip();
        citation.attributes = attributes;
        return citation;
    }

    /**
     * A citation as an editor enters it, before the source is looked up. Blank parts count as absent;
     * the attributes it supports may be empty (the whole record).
     */
    public record Draft(String quote, CitedAttribute claimAttribute, String claimValue, String note,
                        Collection<CitedAttribute> attributes, String noteKo) {

        public Draft(String quote, CitedAttribute claimAttribute, String claimValue, String note,
                     Collection<CitedAttribute> attributes) {
            this(quote, claimAttribute, claimValue, note, attributes, null);
        }

        public Draft(String quote, CitedAttribute claimAttribute, String claimValue, String note) {
            this(quote, claimAttribute, claimValue, note, List.of());
        }

        public Citation toCitation(Source source) {
            String value = blankToNull(claimValue);
            Citation citation = claimAttribute != null && value != null
                    ? conflicting(source, claimAttribute, value, blankToNull(quote), blankToNull(note))
                    : supporting(source, blankToNull(quote), blankToNull(note));
            return citation.supportingOnly(attributes == null ? List.of() : attributes).withNoteKo(noteKo);
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

    public String getNoteKo() {
        return noteKo;
    }

    /** The attributes of the fact the source supports; empty when it supports the whole record. */
    public List<CitedAttribute> getAttributes() {
        return CitedAttributes.read(attributes);
    }
}
