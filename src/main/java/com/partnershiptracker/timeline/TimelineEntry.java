package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/**
 * One dated fact on the timeline. The title names the fact (an agreement's title, a person's
 * name); the detail adds what it says (a title held, the words of a statement, a figure).
 */
public record TimelineEntry(TimelineEntryKind kind, FactRef fact, PartialDate date, Bilingual title, Bilingual detail,
                            RecordLink link, List<OrganizationRef> organizations, List<SourceCitation> citations) {

    public boolean isUncited() {
        return citations.isEmpty();
    }
}
