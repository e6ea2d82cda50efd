package com.partnershiptracker.search;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.RecordLink;

/** One record that matches, with the text that matched for highlighting. */
public record SearchHit(SearchKind kind, Bilingual title, String matchedText, RecordLink link) {
}
