package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.web.SourceForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Attaches a source to a fact: an existing source chosen with a picker, or a new one entered on the spot; a
 * short quote; the attributes of the fact it supports (none: the whole record); and, for a source that
 * disagrees, the attribute it disputes and the value it gives.
 */
public class CitationForm {

    /** An existing source, as a picker's text: its headline and id, or an id typed by hand. */
    @Size(max = ReferenceText.MAX_LENGTH) private String source;
    /** The fact's version when the form was opened: attaching from a stale form is refused. */
    private Long version;
    private boolean createSource;
    @Valid private SourceForm newSource = new SourceForm();
    @Size(max = Citation.QUOTE_MAX_LENGTH) private String quote;
    private List<CitedAttribute> attributes = new ArrayList<>();
    private CitedAttribute claimAttribute;
    @Size(max = 200) private String claimValue;
    @Size(max = 1000) private String note;
    @Size(max = 1000) private String noteKo;

    Citation.Draft draft() {
        return new Citation.Draft(quote, claimAttribute, claimValue, note, attributes, noteKo);
    }

    /** Rejects attributes that facts of the kind do not have; the lists the form offers hold none. */
    void rejectAttributesNotOf(FactKind kind, Errors errors) {
        if (attributes.stream().anyMatch(attribute -> !attribute.appliesTo(kind))) {
            errors.rejectValue("attributes", "validation.attributeNotOfKind");
        }
        if (claimAttribute != null && !claimAttribute.appliesTo(kind)) {
            errors.rejectValue("claimAttribute", "validation.attributeNotOfKind");
        }
    }

    @AssertTrue(message = "{validation.sourceRequired}")
    public boolean isSourceChosen() {
        return createSource || !blank(source);
    }

    @AssertTrue(message = "{validation.claimIncomplete}")
    public boolean isClaimComplete() {
        return (claimAttribute == null) == blank(claimValue);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isCreateSource() { return createSource; }
    public void setCreateSource(boolean createSource) { this.createSource = createSource; }
    public SourceForm getNewSource() { return newSource; }
    public void setNewSource(SourceForm newSource) { this.newSource = newSource; }
    public String getQuote() { return quote; }
    public void setQuote(String quote) { this.quote = quote; }
    public List<CitedAttribute> getAttributes() { return attributes; }
    public void setAttributes(List<CitedAttribute> attributes) { this.attributes = attributes == null ? new ArrayList<>() : attributes; }
    public CitedAttribute getClaimAttribute() { return claimAttribute; }
    public void setClaimAttribute(CitedAttribute claimAttribute) { this.claimAttribute = claimAttribute; }
    public String getClaimValue() { return claimValue; }
    public void setClaimValue(String claimValue) { this.claimValue = claimValue; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getNoteKo() { return noteKo; }
    public void setNoteKo(String noteKo) { this.noteKo = noteKo; }
}
