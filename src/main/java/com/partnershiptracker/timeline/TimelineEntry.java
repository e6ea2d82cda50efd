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
 * agreement's entry says which of its dates it is and which of its parties are principals; a
 * figure's entry carries its value and unit.
 */
public record TimelineEntry(TimelineEntryKind kind, FactRef fact, PartialDate date, Bilingual title, Bilingual detail,
                            RecordLink link, List<OrganizationRef> organizations, List<SourceCitation> citations,
                            AgreementDate agreementDate, Figure figure, List<OrganizationRef> principals) {

    public TimelineEntry(TimelineEntryKind kind, FactRef fact, PartialDate date, Bilingual title, Bilingual detail,
                         RecordLink link, List<OrganizationRef> organizations, List<SourceCitation> citations) {
        this(kind, fact, date, title, detail, link, organizations, citations, null, null, List.of());
    }

    public TimelineEntry {
        principals = principals == null ? List.of() : principals;
    }

    /** Who did what the entry says: an agreement's principal parties, else every organization involved. */
    public List<OrganizationRef> actors() {
        return principals.isEmpty() ? organizations : principals;
    }

    /** What the entry is labelled: which date of an agreement ("Agreement announced"), else its kind. */
    public Enum<?> shownKind() {
        return agreementDate != null ? agreementDate : kind;
    }

    /** The same entry with its organizations (and among them an agreement's principal parties) and citations, read after it. */
    public TimelineEntry with(Involved involved, List<SourceCitation> newCitations) {
        return new TimelineEntry(kind, fact, date, title, detail, link, involved.organizations(), newCitations, agreementDate,
                figure, involved.principals());
    }

    /** The organizations of a fact and, for an agreement, those of them that make it in their own name. */
    public record Involved(List<OrganizationRef> organizations, List<OrganizationRef> principals) {

        static final Involved NONE = new Involved(List.of(), List.of());
    }

    public boolean isUncited() {
        return citations.isEmpty();
    }
}
