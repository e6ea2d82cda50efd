package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;
import org.hibernate.envers.RevisionType;

import java.time.Instant;

/** One record touched by one revision, for the site-wide list of recent changes. */
public record RecentChange(long revision, Instant madeAt, String username, String kind, long id, RevisionType type,
                           Bilingual label) {

    /** Where the change is shown: an account's own page (its label is its username), or a record's history. */
    public String path() {
        return "ACCOUNT".equals(kind) ? "/admin/users/" + label.en() : "/admin/history/" + kind + "/" + id;
    }
}
