package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.Bilingual;

/** Enough of an initiative to name and link it. */
public record InitiativeRef(long id, Bilingual title, InitiativeStatus status) {
}
