package com.partnershiptracker.source.web;

import com.partnershiptracker.shared.InvalidPartialDateException;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What pages show beside one attribute of a fact, in templates as {@code ${@citing.supporting(citations, 'SIGNED')}}:
 * the citations that support it, those that dispute it, and whether none supports it. Works on the citations a
 * page already loaded, so it adds no statement.
 */
@Component("citing")
public class CitationMarks {

    private final Display display;

    CitationMarks(Display display) {
        this.display = display;
    }

    /** The citations that name the attribute as one they support, in footnote order. */
    public List<SourceCitation> supporting(List<SourceCitation> citations, String attribute) {
        Optional<CitedAttribute> cited = CitedAttribute.parse(attribute);
        return citations == null || cited.isEmpty() ? List.of()
                : citations.stream().filter(citation -> citation.supports(cited.get())).toList();
    }

    /** The conflicting citations that give another value for the attribute, in footnote order. */
    public List<SourceCitation> disputing(List<SourceCitation> citations, String attribute) {
        Optional<CitedAttribute> cited = CitedAttribute.parse(attribute);
        return citations == null || cited.isEmpty() ? List.of()
                : citations.stream().filter(citation -> citation.disputes(cited.get())).toList();
    }

    /** Whether no citation names the attribute as one it supports. */
    public boolean uncited(List<SourceCitation> citations, String attribute) {
        return supporting(citations, attribute).isEmpty();
    }

    /** The value a conflicting source gives, formatted as the attribute is: a date reads as the page's dates do. */
    public String claimValue(SourceCitation citation) {
        String value = citation.claimValue();
        if (value != null && citation.disputed().filter(CitedAttribute::isDate).isPresent()) {
            try {
                return display.date(PartialDate.parse(value));
            } catch (InvalidPartialDateException notADate) {
                return value;
            }
        }
        return value;
    }

    /** The label of the attribute a conflicting citation disputes; a name saved before the list existed as it is. */
    public String disputedLabel(SourceCitation citation) {
        return citation.disputed().map(display::label).orElse(citation.claimAttribute());
    }

    /** The label of an attribute given by its name; a name saved before the list existed as it is. */
    public String attributeLabel(String name) {
        return CitedAttribute.parse(name).map(display::label).orElse(name);
    }

    /** The labels of the attributes a citation supports, joined; empty for the whole record. */
    public String supportedLabels(SourceCitation citation) {
        return String.join(", ", citation.attributes().stream().map(display::label).toList());
    }
}
