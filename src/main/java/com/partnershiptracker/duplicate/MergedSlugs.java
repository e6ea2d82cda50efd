package com.partnershiptracker.duplicate;

import com.partnershiptracker.websupport.MovedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A merged record's pages and API answer 301 to the kept record's: /organizations/old/people → /organizations/kept/people. */
@Component
class MergedSlugs implements MovedRecords {

    private static final Pattern RECORD_ADDRESS = Pattern.compile("^(/api/v1)?/(organizations|people)/([^/]+)(/.*)?$");

    private static final int MAX_CHAIN = 10;

    private final JdbcClient jdbc;

    MergedSlugs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> newAddressOf(String path, String query) {
        Matcher address = RECORD_ADDRESS.matcher(path);
        if (!address.matches()) {
            return Optional.empty();
        }
        RecordKind kind = "organizations".equals(address.group(2)) ? RecordKind.ORGANIZATION : RecordKind.PERSON;
        return keptSlug(kind, address.group(3)).map(slug -> (address.group(1) == null ? "" : address.group(1)) + "/"
                + address.group(2) + "/" + slug + (address.group(4) == null ? "" : address.group(4))
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /**
     * The slug of the record a merged slug leads to now: the kept record's, or, when that was merged in turn,
     * the record it went into (A into B, then B into C: A leads to C; once B is unmerged, A leads to B again).
     * One statement, and two more for each further merge.
     */
    Optional<String> keptSlug(RecordKind kind, String slug) {
        Optional<Long> kept = jdbc.sql("select m.kept_id from merged_slugs s join record_merges m on m.id = s.merge_id"
                        + " where s.record_kind = :kind and s.slug = :slug")
                .param("kind", kind.name()).param("slug", slug).query(Long.class).optional();
        for (int step = 0; step < MAX_CHAIN && kept.isPresent(); step++) {
            Optional<String> found = jdbc.sql("select slug from " + kind.table() + " where id = :id")
                    .param("id", kept.get()).query(String.class).optional();
            if (found.isPresent()) {
                return found;
            }
            kept = jdbc.sql("select kept_id from record_merges where record_kind = :kind and merged_id = :id"
                            + " and unmerge_rev is null order by id desc limit 1")
                    .param("kind", kind.name()).param("id", kept.get()).query(Long.class).optional();
        }
        return Optional.empty();
    }
}
