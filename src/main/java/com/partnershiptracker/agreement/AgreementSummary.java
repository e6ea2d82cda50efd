package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/** An agreement as a list row: title, kind, status, the date it is listed under, and its parties. */
public record AgreementSummary(long id, Bilingual title, AgreementKind kind, AgreementStatus status,
                               PartialDate date, List<PartySummary> parties) {
}
