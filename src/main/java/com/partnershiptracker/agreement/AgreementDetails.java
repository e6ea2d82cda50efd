package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/** Everything the agreement page shows, loaded in one read transaction. */
public record AgreementDetails(long id, long version, Bilingual title, AgreementKind kind, AgreementStatus status,
                               Bilingual place, Bilingual summary, PartialDate announced, PartialDate signed,
                               PartialDate effective, PartialDate ended, List<PartySummary> parties,
                               List<Bilingual> areas, List<AttendeeView> attendees, List<SourceCitation> citations) {

    public PartialDate keyDate() {
        return signed != null ? signed : announced != null ? announced : effective;
    }
}
