package com.partnershiptracker.person;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

/** An agreement a person signed, attended or proposed, with their role name. */
public record AttendedAgreement(long agreementId, Bilingual title, PartialDate date, String role) {
}
