package com.partnershiptracker.duplicate;

import com.partnershiptracker.shared.Bilingual;

/** One record of a likely duplicate pair, as the list shows it. */
public record Candidate(long id, String slug, Bilingual name, long version) {
}
