package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/** An agreement as an export row: the list row's columns, its summary and its sources. */
public record CitedAgreement(long id, Bilingual title, AgreementKind kind, AgreementStatus status, PartialDate date,
                             String dateKind, Bilingual summary, List<PartySummary> parties, List<SourceCitation> citations) {
}
