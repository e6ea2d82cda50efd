package com.partnershiptracker.person;

import com.partnershiptracker.shared.Bilingual;

import java.util.List;

/** A person as lists show them, with every position. */
public record PersonSummary(long id, String slug, Bilingual name, Integer birthYear, List<PositionView> positions) {
}
