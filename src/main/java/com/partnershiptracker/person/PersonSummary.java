package com.partnershiptracker.person;

import com.partnershiptracker.shared.Bilingual;

import java.util.List;

/** A person as lists show them, with every position, and their Wikidata item (Q42) or null. */
public record PersonSummary(long id, String slug, Bilingual name, Integer birthYear, List<PositionView> positions,
                            String wikidataId) {
}
