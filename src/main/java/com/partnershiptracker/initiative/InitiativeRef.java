package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

/** Enough of an initiative to name and link it, and its launch date (null when unknown). */
public record InitiativeRef(long id, Bilingual title, InitiativeStatus status, PartialDate launched) {
}
