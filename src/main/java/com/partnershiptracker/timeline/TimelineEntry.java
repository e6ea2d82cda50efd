package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.Figure;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/**
 * One dated fact on the timeline. The title names the fact (an agreement's title, a person's
 * name); the detail adds what it says (a title held, the words of a statement, a figure). An
 * agreement's entry says which of its dates it is; a figure's entry carries its value and unit.
 */
public record TimelineEntry(TimelineEntryKind kind, FactRef fact, PartialDate date, Bilingual title, Bilingual detail,
                            RecordLink link, List<OrganizationRef> organizations, List<SourceCitation> citations,
                            AgreementDate agreementDate, Figure figure) {

    public TimelineEntry(TimelineEntryKind kind, FactRef fact, PartialDate date, Bilingual title, Bilingual detail,
                         RecordLink link, List<OrganizationRef> organizations, List<SourceCitation> citations) {
        this(kind, fact, date, title, detail, link, organizations, citations, null, null);
    }

    /** What the entry is labelled: which date of an agreement ("Agreement announced"), else its kind. */
    public Enum<?> shownKind() {
        return agreementDate != null ? agreementDate : kind;
    }

    /** The same entry with its organizations and citations, read after it. */
    public TimelineEntry with(List<OrganizationRef> newOrganizations, List<SourceCitation> newCitations) {
        return new TimelineEntry(kind, fact, date, title, detail, link, newOrganizations, newCitations, agreementDate, figure);
    }

    public boolean isUncited() {
        return citations.isEmpty();
    }
}
