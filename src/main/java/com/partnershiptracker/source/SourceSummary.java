package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

/** A source as lists show it. */
public record SourceSummary(long id, String publisher, String author, Bilingual headline, PartialDate published, String url) {
}
