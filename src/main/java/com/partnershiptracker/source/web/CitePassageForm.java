package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.ReferenceText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A passage of a source's text that the editor selected, and the record to cite it on. */
public class CitePassageForm {

    /**
     * Longest passage that goes on to the citation form: it travels there in the address, and an
     * address of 600 Korean characters, encoded, still fits the server's 8 KB request line.
     */
    static final int QUOTE_MAX_LENGTH = 600;

    @NotBlank @Size(max = QUOTE_MAX_LENGTH, message = "{validation.cite.quoteLength}") private String quote;
    /** A picker kind such as {@code agreements}. */
    @NotBlank private String kind = "agreements";
    /** The record, as a picker's text. */
    @NotBlank(message = "{validation.cite.record}") @Size(max = ReferenceText.MAX_LENGTH) private String record;
    /** Set by the server: the source, resolved to a picker's text. */
    private String source;

    public String getQuote() { return quote; }
    public void setQuote(String quote) { this.quote = quote; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
