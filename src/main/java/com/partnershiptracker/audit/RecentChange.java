package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;
import org.hibernate.envers.RevisionType;

import java.time.Instant;

/** One record touched by one revision, for the site-wide list of recent changes. */
public record RecentChange(long revision, Instant madeAt, String username, String kind, long id, RevisionType type,
                           Bilingual label) {
}
